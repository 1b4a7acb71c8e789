"""Defects for rules in force in 2023-24 only, which DfE dropped the year after: independent
living (P2) after 28 October 2023 (217t), semi-independent living (H5) without the URN it needs
from then (230), a child still freed for adoption (451, 445), and social worker episodes as that
year's rules read them (SW01STG1, SW03STG1, SW11aSTG2)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from cic_lab.generate.defects.kind import Family, Target, change, shift
from cic_lab.generate.defects.values import Row, add_years, parse_date

family = Family("rules of 2023-24 only")
episodes = family.table("episodes")
sw_episodes = family.table("sw_episodes")
YEAR = "2023-24"


def _open_at_16(t: Target) -> Row | None:
    """The child's open last episode when the child was at least 16 when it began."""
    row, born = t.open_last_episode(), t.dob()
    begun = parse_date(row.get("DECOM")) if row else None
    if row is None or born is None or begun is None or begun < add_years(born, 16):
        return None
    return row


@episodes.defect("independent_living_after_october_2023", "217t", YEAR, YEAR)
def _p2_open(t: Target) -> bool:
    return change(_open_at_16(t), PLACE="P2", PLACE_PROVIDER="PR4", URN=None)


@episodes.defect("supported_accommodation_without_urn", "230", YEAR, YEAR)
def _h5_no_urn(t: Target) -> bool:
    return change(_open_at_16(t), PLACE="H5", PLACE_PROVIDER="PR4", URN="XXXXXXX")


@episodes.defect("still_freed_for_adoption", "451 445", YEAR, YEAR)
def _d1_open(t: Target) -> bool:
    return change(t.open_last_episode(), LS="D1")


@sw_episodes.defect("sw_id_blank", "SW03STG1", YEAR, YEAR)
def _sw_incomplete(t: Target) -> bool:
    return change(t.pick(t.rows("sw_episodes")), SW_ID=None)


@sw_episodes.defect("sw_next_starts_late", "SW11aSTG2", YEAR, YEAR)
def _sw_late(t: Target) -> bool:
    rows = sorted(t.rows("sw_episodes"), key=lambda r: parse_date(r.get("SW_DECOM")) or date.max)
    cut = t.end() - timedelta(days=5)
    pairs = [
        (before, after)
        for before, after in itertools.pairwise(rows)
        if (ended := parse_date(before.get("SW_DEC"))) is not None and ended <= cut
    ]
    if not pairs:
        return False
    before, after = t.rng.choice(pairs)
    return change(after, SW_DECOM=shift(before["SW_DEC"], t.rng.randint(8, 20)))


@sw_episodes.defect("sw_none_for_looked_after_child", "SW01STG1", YEAR, YEAR)
def _sw_none(t: Target) -> bool:
    looked_after = any(
        not e.get("DEC") and e.get("LS") not in ("V3", "V4") for e in t.rows("episodes")
    )
    return looked_after and t.remove_rows("sw_episodes")
