"""Previous-year (XY) defects beyond the first ones: this year's return disagrees with last
year's about the placement continuing over 31 March (URN, postcode), a child whose care began
before this year, a care leaver's episodes, UASC status, the adoption decision and motherhood.

Like every cross-year kind, each changes this year only; last year's return is read, never
changed.
"""

from __future__ import annotations

from datetime import timedelta

from cic_lab.generate.defects.kind import Family, Target, change
from cic_lab.generate.defects.reference import far_postcode
from cic_lab.generate.defects.values import Row, female_code, fmt, parse_date

family = Family("previous-year")
header = family.table("header")
episodes = family.table("episodes")
uasc = family.table("uasc")
placed_adoption = family.table("placed_adoption")


def _open_last_and_first(t: Target) -> tuple[Row, Row] | None:
    """Last year's final episode when still open, and this year's first episode."""
    last, this = t.last_episodes(), t.episodes()
    if not last or not this or last[-1].get("DEC") is not None:
        return None
    return last[-1], this[0]


def _uasc_ever(t: Target) -> bool:
    return bool(t.rows("uasc") or t.last_rows("uasc"))


@episodes.defect("yoy_first_episode_urn_differs", "503F", cross_year=True)
def _yoy_urn(t: Target) -> bool:
    pair = _open_last_and_first(t)
    if pair is None or not pair[1].get("URN") or pair[1].get("URN") != pair[0].get("URN"):
        return False
    first = pair[1]
    # Another URN of the same kind of placement and provider, so that only the URN disagrees.
    others = sorted(
        {
            str(r["URN"])
            for r in t.tables.get("episodes", [])
            if r.get("URN")
            and r.get("URN") != first["URN"]
            and r.get("PLACE") == first.get("PLACE")
            and r.get("PLACE_PROVIDER") == first.get("PLACE_PROVIDER")
            and r.get("URN") != "XXXXXXX"
        }
    )
    if not others or first.get("PLACE") in ("K1", "K2", "K3", "R3", "S1"):
        return False
    return change(first, URN=t.rng.choice(others))


@episodes.defect("yoy_first_episode_postcode_differs", "503G 503H 452 453", cross_year=True)
def _yoy_postcode(t: Target) -> bool:
    pair = _open_last_and_first(t)
    if pair is None or _uasc_ever(t):
        return False
    last, first = pair
    home, placed = first.get("HOME_POST"), first.get("PL_POST")
    if not home or not placed or placed != last.get("PL_POST") or home != last.get("HOME_POST"):
        return False
    if first.get("LS") in ("V3", "V4"):
        return False
    return change(first, PL_POST=far_postcode(home))


@episodes.defect("yoy_care_before_year_not_in_last_return", "NoE 562", cross_year=True)
def _yoy_no_episodes_last_year(t: Target) -> bool:
    rows = t.episodes()
    first = parse_date(rows[0].get("DECOM")) if rows else None
    if first is None or first < t.start() or t.last_episodes():
        return False
    born = t.dob()
    earlier = t.start() - timedelta(days=t.rng.randint(1, 60))
    if born is None or earlier <= born:
        return False
    return change(rows[0], DECOM=fmt(earlier))


@episodes.defect("yoy_care_leaver_episodes_missing", "1010", cross_year=True)
def _yoy_care_leaver_episodes(t: Target) -> bool:
    last = t.last_episodes()
    if not t.rows("oc3") or not last or last[-1].get("DEC") is not None:
        return False
    return t.remove_rows("episodes")


@uasc.defect("yoy_uasc_this_year_only", "205D", cross_year=True)
def _yoy_uasc_new(t: Target) -> bool:
    head, last = t.header(), t.last_header()
    if head is None or last is None or _uasc_ever(t) or t.rows("oc3"):
        return False
    if not head.get("SEX") or parse_date(head.get("DOB")) is None or not t.rows("episodes"):
        return False
    t.add_row("uasc", {"CHILD": t.child, "SEX": head["SEX"], "DOB": head["DOB"], "DUC": None})
    return True


@placed_adoption.defect("yoy_adoption_decision_before_year_not_last_year", "559", cross_year=True)
def _yoy_decision_earlier(t: Target) -> bool:
    if t.last_rows("placed_adoption"):
        return False
    row = placed_adoption.pick(
        t, lambda r: (parse_date(r.get("DATE_PLACED")) or t.start()) > t.start()
    )
    born = t.dob()
    earlier = t.start() - timedelta(days=t.rng.randint(1, 40))
    if row is None or born is None or earlier <= born:
        return False
    return change(row, DATE_PLACED=fmt(earlier))


@header.defect("yoy_mother_with_child_born_before_year", "626", cross_year=True)
def _yoy_mother(t: Target) -> bool:
    head, last = t.header(), t.last_header()
    born = t.dob()
    if head is None or last is None or born is None or last.get("MOTHER") != "0":
        return False
    if head.get("SEX") != female_code(t.year) or head.get("MOTHER") == "1":
        return False
    child_born = t.start() - timedelta(days=t.rng.randint(1, 200))
    if child_born.year - born.year < 13:
        return False
    return change(head, MOTHER="1", MC_DOB=fmt(child_born))
