"""Header defects: sex, date of birth, ethnicity, UPN and motherhood, and the year-on-year
kinds that make this year's Header disagree with last year's."""

from __future__ import annotations

from datetime import date, timedelta

from cic_lab.generate.defects.kind import Kinds, Target, bad_date, change, days_after, one_of, shift
from cic_lab.generate.defects.values import (
    ETHNIC_CODES,
    Row,
    add_years,
    female_code,
    fmt,
    male_code,
    parse_date,
)

kinds = Kinds("header")


def _other_era_sex(t: Target) -> str:
    # The other era's code: 1/2 are invalid from 2024-25, M/F before.
    return "1" if t.year >= "2024-25" else "M"


def _over_25(t: Target) -> str:
    return fmt(add_years(t.start(), -26) - timedelta(days=t.rng.randint(1, 300)))


def _bad_upn(t: Target) -> str:
    digits = "".join(t.rng.choice("0123456789") for _ in range(12))
    return t.rng.choice([f"A{digits[:11]}", f"I{digits}", "UN6", digits, f"A{digits}Z"])


kinds.sets("header_sex_invalid", "101", row=Target.header, SEX=_other_era_sex)
kinds.sets("header_sex_unknown", "232", first_year="2024-25", row=Target.header, SEX="U")
kinds.sets("header_dob_invalid", "102", row=Target.header, DOB=bad_date)
kinds.sets("header_dob_after_year_end", "301", row=Target.header, DOB=days_after(Target.end, 1, 60))
kinds.sets("header_dob_over_25", "351", row=Target.header, DOB=_over_25)
kinds.sets(
    "header_ethnic_invalid", "103", row=Target.header, ETHNIC=one_of("WHIT", "ZZZZ", "BRIT", None)
)
kinds.sets("header_upn_format", "168", row=Target.header, UPN=_bad_upn)


@kinds.defect("header_upn_un1_school_age", "209")
def _upn_un1(t: Target) -> bool:
    born = t.dob()
    reference = date(t.start().year - 1, 8, 31)
    if born is None or add_years(born, 4) > reference:
        return False
    return change(t.header(), UPN="UN1")


@kinds.defect("header_upn_duplicate", "444", first_year="2025-26")
def _upn_duplicate(t: Target) -> bool:
    head = t.header()
    others = [
        r
        for r in t.tables.get("header", [])
        if r.get("CHILD") != t.child and r.get("UPN") and not str(r["UPN"]).startswith("UN")
    ]
    if head is None or not others:
        return False
    donor = t.rng.choice(others)
    t.protected.add(str(donor["CHILD"]))  # damaging the donor later would undo this defect
    return change(head, UPN=donor["UPN"])


@kinds.defect("header_mother_without_child_dob", "611")
def _mother_no_mc_dob(t: Target) -> bool:
    head = t.header()
    if head is None or head.get("SEX") != female_code(t.year):
        return False
    return change(head, MOTHER="1", MC_DOB=None)


@kinds.defect("header_child_dob_invalid", "171")
def _mc_dob_invalid(t: Target) -> bool:
    head = t.header()
    if head is None or head.get("SEX") != female_code(t.year):
        return False
    return change(head, MOTHER="1", MC_DOB=bad_date(t))


@kinds.defect("header_male_with_child_dob", "174")
def _male_mc_dob(t: Target) -> bool:
    head = t.header()
    if head is None or head.get("SEX") != male_code(t.year):
        return False
    return change(head, MC_DOB=days_after(Target.start, 0, 200)(t))


@kinds.defect("header_child_dob_not_mother", "612")
def _mc_dob_not_mother(t: Target) -> bool:
    head = t.header()
    if head is None or head.get("SEX") != female_code(t.year):
        return False
    return change(head, MOTHER="0", MC_DOB=days_after(Target.start, 0, 200)(t))


@kinds.defect("header_mother_missing", "393")
def _mother_missing(t: Target) -> bool:
    head = t.header()
    episodes = [e for e in t.rows("episodes") if e.get("LS") not in ("V3", "V4")]
    if head is None or head.get("SEX") != female_code(t.year) or not episodes:
        return False
    if head.get("MOTHER") is None:
        return False
    return change(head, MOTHER=None, MC_DOB=None)


# ---------------------------------------------------------------------------------------
# Year on year: this year disagrees with last year


def _both_headers(t: Target) -> tuple[Row, Row] | None:
    head, last = t.header(), t.last_header()
    return (head, last) if head is not None and last is not None else None


@kinds.defect("yoy_sex_changed", "202", cross_year=True)
def _yoy_sex(t: Target) -> bool:
    pair = _both_headers(t)
    if pair is None:
        return False
    male, female = male_code(t.year), female_code(t.year)
    return change(pair[0], SEX=female if pair[0].get("SEX") == male else male)


@kinds.defect("yoy_dob_changed", "203", cross_year=True)
def _yoy_dob(t: Target) -> bool:
    pair = _both_headers(t)
    born = t.dob()
    if pair is None or born is None:
        return False
    new = fmt(born + timedelta(days=t.rng.choice([-31, -2, 1, 3, 28])))
    for rows in t.tables.values():
        for row in rows:
            if row.get("CHILD") == t.child and "DOB" in row:
                row["DOB"] = new
    return True


@kinds.defect("yoy_ethnic_changed", "204", cross_year=True)
def _yoy_ethnic(t: Target) -> bool:
    pair = _both_headers(t)
    if pair is None:
        return False
    choices = [c for c in ETHNIC_CODES if c != pair[1].get("ETHNIC")]
    return change(pair[0], ETHNIC=t.rng.choice(choices))


@kinds.defect("yoy_upn_changed", "208", cross_year=True)
def _yoy_upn(t: Target) -> bool:
    pair = _both_headers(t)
    if pair is None:
        return False
    last = pair[1].get("UPN")
    if not last or last.startswith("UN"):
        return False
    letter = t.rng.choice("ABCDEFGHJKLMNPQRTUVWXYZ")
    new = letter + "".join(t.rng.choice("0123456789") for _ in range(12))
    return change(pair[0], UPN=new)


@kinds.defect("yoy_child_dob_changed", "624", cross_year=True)
def _yoy_mc_dob(t: Target) -> bool:
    pair = _both_headers(t)
    if pair is None or parse_date(pair[1].get("MC_DOB")) is None:
        return False
    return change(pair[0], MOTHER="1", MC_DOB=shift(pair[1]["MC_DOB"], t.rng.randint(1, 40)))


@kinds.defect("yoy_mother_withdrawn", "207", cross_year=True)
def _yoy_mother(t: Target) -> bool:
    pair = _both_headers(t)
    if pair is None or pair[1].get("MOTHER") != "1" or not t.rows("episodes"):
        return False
    return change(pair[0], MOTHER="0", MC_DOB=None)
