"""SWEpisodes defects (from 2023-24): social worker ids, dates and reasons."""

from __future__ import annotations

from datetime import date

from cic_lab.generate.defects.kind import Kinds, Target, bad_date, change, dated, one_of, shift
from cic_lab.generate.defects.values import Row, parse_date

kinds = Kinds("sw_episodes")


kinds.sets(
    "sw_id_invalid", "SW02STG1", first_year="2023-24", SW_ID=one_of("AB1234", "S1234", "1234SW")
)


@kinds.edits("sw_start_invalid", "SW04STG1", first_year="2023-24", where=dated("SW_DECOM"))
def _sw_start(t: Target, row: Row) -> bool:
    # A real date in the wrong layout: the oracle's SW13STG1 (2024-25 on) parses SW_DECOM
    # without error handling and crashes for the whole file on a date that cannot be read.
    day = parse_date(row["SW_DECOM"]) or date.min
    return change(row, SW_DECOM=t.rng.choice([day.isoformat(), day.strftime("%d.%m.%Y")]))


kinds.sets("sw_end_invalid", "SW05STG1", first_year="2023-24", SW_DEC=bad_date)
kinds.sets(
    "sw_reason_invalid",
    "SW13STG1",
    first_year="2023-24",
    SW_REASON=one_of("LAZY", "MANAGER", "OTHER"),
)


@kinds.defect("sw_unended_not_last", "SW08STG2", first_year="2023-24")
def _sw_unended(t: Target) -> bool:
    rows = sorted(t.rows("sw_episodes"), key=lambda r: parse_date(r.get("SW_DECOM")) or date.max)
    if len(rows) < 2:
        return False
    return change(t.rng.choice(rows[:-1]), SW_DEC=None)


@kinds.edits("sw_ends_before_start", "SW18STG2", first_year="2025-26", where=dated("SW_DECOM"))
def _sw_order(t: Target, row: Row) -> bool:
    return change(row, SW_DEC=shift(row["SW_DECOM"], -t.rng.randint(1, 20)))


@kinds.edits("sw_same_start", "SW19STG2", first_year="2025-26")
def _sw_same_start(t: Target, row: Row) -> bool:
    copy = dict(row)
    copy["SW_ID"] = "SW" + "".join(t.rng.choice("0123456789") for _ in range(6))
    t.add_row("sw_episodes", copy)
    return True
