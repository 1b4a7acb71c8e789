"""Cross-table (XT) defects: one table disagrees with another about the same child this year.

Ages against the Header (placement types and reasons for leaving care that need a minimum age,
a temporary placement that lasted too long), the OC2 and OC3 cohorts against Episodes, AD1 and
PlacedAdoption against the adoption episodes and each other, Missing against the periods of
care, PrevPerm against the start of care, and the mother and UPN items against Episodes and
OC3. Each kind changes one table; the rows of other tables it reads are left alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from cic_lab.generate.defects.kind import Family, Target, change, one_of, shift
from cic_lab.generate.defects.values import Row, add_years, female_code, fmt, parse_date

family = Family("cross-table")
header = family.table("header")
episodes = family.table("episodes")
reviews = family.table("reviews")
oc2 = family.table("oc2")
oc3 = family.table("oc3")
ad1 = family.table("ad1")
placed_adoption = family.table("placed_adoption")
prev_perm = family.table("prev_perm")
missing = family.table("missing")

ADOPTION_PLACES = ("A3", "A4", "A5", "A6")
ADOPTED = ("E11", "E12")
SHORT_BREAKS = ("V3", "V4")


# ---------------------------------------------------------------------------------------
# What the defects read about a child


def _birthday(t: Target, years: int) -> date | None:
    """The day the child turns `years` (Header DOB); None without a valid DOB."""
    born = t.dob()
    return add_years(born, years) if born else None


def _under(t: Target, years: int, day: date | None) -> bool:
    """True when the child is under `years` old on `day` (both dates known)."""
    birthday = _birthday(t, years)
    return birthday is not None and day is not None and day < birthday


def _ended(row: Row) -> bool:
    return parse_date(row.get("DEC")) is not None and parse_date(row.get("DECOM")) is not None


def _final(t: Target) -> Row | None:
    """The child's latest episode when it ended care this year (a reason other than X1)."""
    rows = t.episodes()
    last = rows[-1] if rows else None
    if last is None or not _ended(last) or last.get("REC") in (None, "X1"):
        return None
    return last


def _started_this_year(t: Target) -> date | None:
    """The start of the child's first episode when care began this year (none last year)."""
    rows = t.episodes()
    first = parse_date(rows[0].get("DECOM")) if rows else None
    if first is None or first < t.start() or t.last_episodes():
        return None
    return first


def _has(t: Target, table: str) -> bool:
    return bool(t.rows(table))


def _short_breaks_only(t: Target) -> bool:
    rows = t.rows("episodes")
    return bool(rows) and all(r.get("LS") in SHORT_BREAKS for r in rows)


def _adoption_episode(t: Target) -> Row | None:
    """The episode that ended with the adoption this year (REC E11 or E12), both dates valid."""
    for row in t.episodes():
        if row.get("REC") in ADOPTED and _ended(row):
            return row
    return None


def _dob_text(t: Target) -> str | None:
    head = t.header()
    return head.get("DOB") if head else None


def _oc2_row(t: Target, **values: str | None) -> Row:
    row: Row = {
        "CHILD": t.child,
        "DOB": _dob_text(t),
        "SDQ_SCORE": None,
        "SDQ_REASON": None,
        "CONVICTED": None,
        "HEALTH_CHECK": None,
        "IMMUNISATIONS": None,
        "TEETH_CHECK": None,
        "HEALTH_ASSESSMENT": None,
        "SUBSTANCE_MISUSE": None,
        "INTERVENTION_RECEIVED": None,
        "INTERVENTION_OFFERED": None,
    }
    row.update(values)
    return row


def _ad1_row(t: Target, decided: date) -> Row:
    return {
        "CHILD": t.child,
        "DOB": _dob_text(t),
        "DATE_INT": fmt(decided),
        "DATE_MATCH": fmt(decided + timedelta(days=t.rng.randint(20, 120))),
        "FOSTER_CARE": t.rng.choice(["0", "1"]),
        "NB_ADOPTR": "2",
        "SEX_ADOPTR": "MF",
        "LS_ADOPTR": "L11",
    }


# ---------------------------------------------------------------------------------------
# OC2: the cohort looked after for 12 months at 31 March, and age-gated items


def _new_this_year_without_oc2(t: Target) -> bool:
    return _started_this_year(t) is not None and not _has(t, "oc2") and _dob_text(t) is not None


@oc2.defect("oc2_for_child_new_to_care", "185 190")
def _oc2_new_to_care(t: Target) -> bool:
    if not _new_this_year_without_oc2(t):
        return False
    score = str(t.rng.randint(0, 40))
    t.add_row(
        "oc2",
        _oc2_row(
            t,
            SDQ_SCORE=score,
            IMMUNISATIONS="1",
            TEETH_CHECK="1",
            HEALTH_ASSESSMENT="1",
            SUBSTANCE_MISUSE="0",
        ),
    )
    return True


@oc2.defect("oc2_sdq_reason_for_child_new_to_care", "198")
def _oc2_reason_new_to_care(t: Target) -> bool:
    if not _new_this_year_without_oc2(t):
        return False
    t.add_row("oc2", _oc2_row(t, SDQ_REASON=one_of("SDQ2", "SDQ4", "SDQ5")(t)))
    return True


@oc2.defect("oc2_for_care_leaver", "215")
def _oc2_care_leaver(t: Target) -> bool:
    if not _has(t, "oc3") or _has(t, "oc2") or _dob_text(t) is None:
        return False
    t.add_row(
        "oc2",
        _oc2_row(t, CONVICTED="0", IMMUNISATIONS="1", TEETH_CHECK="1", HEALTH_ASSESSMENT="1"),
    )
    return True


HEALTH_ITEMS = ("IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT")


@oc2.edits("oc2_health_item_blank", "191", where=lambda r: all(r.get(c) for c in HEALTH_ITEMS))
def _oc2_item_blank(t: Target, row: Row) -> bool:
    return change(row, **{t.rng.choice(HEALTH_ITEMS): None})


@oc2.defect("oc2_convicted_blank_aged_10", "543")
def _oc2_convicted(t: Target) -> bool:
    tenth = _birthday(t, 10)
    if tenth is None or tenth >= t.end():
        return False
    return change(oc2.pick(t, lambda r: r.get("CONVICTED") is not None), CONVICTED=None)


@oc2.defect("oc2_health_check_aged_5", "546")
def _oc2_health_check(t: Target) -> bool:
    fifth = _birthday(t, 5)
    if fifth is None or fifth > t.end():
        return False
    return change(oc2.pick(t, lambda r: r.get("HEALTH_CHECK") is None), HEALTH_CHECK="1")


def _sdq_age(t: Target, oldest: int) -> bool:
    """Aged 4 at the start of the year and under `oldest` at its end (16: strictly)."""
    fourth, last = _birthday(t, 4), _birthday(t, oldest)
    return fourth is not None and last is not None and fourth <= t.start() and last > t.end()


@oc2.defect("oc2_sdq_missing", "186")
def _oc2_sdq_missing(t: Target) -> bool:
    if not _sdq_age(t, 17):
        return False
    return change(oc2.pick(t), SDQ_SCORE=None, SDQ_REASON=None)


@oc2.defect("oc2_sdq1_school_age", "157")
def _oc2_sdq1(t: Target) -> bool:
    if not _sdq_age(t, 16):
        return False
    return change(oc2.pick(t), SDQ_SCORE=None, SDQ_REASON="SDQ1")


@oc2.defect("oc2_sdq_missing_turning_4_or_17", "197B")
def _oc2_sdq_missing_4_17(t: Target) -> bool:
    turns = (_birthday(t, 4), _birthday(t, 17))
    if not any(day is not None and t.start() <= day <= t.end() for day in turns):
        return False
    return change(oc2.pick(t), SDQ_SCORE=None, SDQ_REASON=None)


# ---------------------------------------------------------------------------------------
# OC3 and AD1 beside the OC2 cohort and the adoption episodes


@oc3.defect("oc3_for_oc2_cohort", "187")
def _oc3_for_oc2(t: Target) -> bool:
    if not _has(t, "oc2") or _has(t, "oc3") or _dob_text(t) is None:
        return False
    t.add_row(
        "oc3",
        {
            "CHILD": t.child,
            "DOB": _dob_text(t),
            "IN_TOUCH": "YES",
            "ACTIV": one_of("F1", "F2", "F4")(t),
            "ACCOM": one_of("D1", "E1", "U1")(t),
        },
    )
    return True


@oc3.defect("oc3_with_former_foster_carers_at_17", "3001")
def _oc3_former_carers(t: Target) -> bool:
    seventeenth = _birthday(t, 17)
    if seventeenth is None or not t.start() <= seventeenth <= t.end():
        return False
    return change(oc3.pick(t, lambda r: r.get("IN_TOUCH") == "YES"), ACCOM=one_of("Z1", "Z2")(t))


def _care_leaver_final(t: Target) -> Row | None:
    return _final(t) if _has(t, "oc3") else None


@episodes.defect("episode_died_in_care_with_oc3", "1000")
def _died_care_leaver(t: Target) -> bool:
    return change(_care_leaver_final(t), REC="E2")


@episodes.defect("episode_transferred_with_oc3", "1011")
def _transferred_care_leaver(t: Target) -> bool:
    return change(_care_leaver_final(t), REC="E3")


@ad1.defect("ad1_for_care_leaver", "134")
def _ad1_care_leaver(t: Target) -> bool:
    born = t.dob()
    if not _has(t, "oc3") or _has(t, "ad1") or born is None:
        return False
    t.add_row("ad1", _ad1_row(t, add_years(born, 2)))
    return True


@ad1.defect("ad1_without_adoption", "602")
def _ad1_not_adopted(t: Target) -> bool:
    rows = t.episodes()
    first = parse_date(rows[0].get("DECOM")) if rows else None
    if (
        first is None
        or _has(t, "ad1")
        or _has(t, "oc3")
        or _has(t, "oc2")
        or any(r.get("REC") in ADOPTED for r in rows)
    ):
        return False
    t.add_row("ad1", _ad1_row(t, first + timedelta(days=t.rng.randint(30, 90))))
    return True


@ad1.defect("ad1_match_after_adoptive_placement", "331")
def _ad1_match_late(t: Target) -> bool:
    adopted = _adoption_episode(t)
    if adopted is None:
        return False
    placed, ended = parse_date(adopted["DECOM"]), parse_date(adopted["DEC"])
    if placed is None or ended is None or (ended - placed).days < 3:
        return False
    later = placed + timedelta(days=t.rng.randint(1, (ended - placed).days - 1))
    return change(ad1.pick(t), DATE_MATCH=fmt(later))


@ad1.defect("ad1_match_on_adoption_day", "582")
def _ad1_match_adopted(t: Target) -> bool:
    adopted = _adoption_episode(t)
    return change(ad1.pick(t), DATE_MATCH=adopted["DEC"]) if adopted else False


def _adoptive_placement(t: Target) -> Row | None:
    """The child's first episode in an adoptive placement (A3-A6) with a valid start."""
    for row in t.episodes():
        if row.get("PLACE") in ADOPTION_PLACES and parse_date(row.get("DECOM")):
            return row
    return None


@ad1.defect("ad1_foster_carer_contradicts_placement", "335")
def _ad1_foster_carer(t: Target) -> bool:
    adopted = _adoption_episode(t)
    place = adopted.get("PLACE") if adopted else None
    if place in ("A3", "A5"):
        return change(ad1.pick(t), FOSTER_CARE="0")
    if place in ("A4", "A6"):
        return change(ad1.pick(t), FOSTER_CARE="1")
    return False


@ad1.defect("ad1_decision_after_adoptive_placement", "521")
def _ad1_decision_late(t: Target) -> bool:
    placed = _adoptive_placement(t)
    if placed is None:
        return False
    return change(ad1.pick(t), DATE_INT=shift(placed["DECOM"], t.rng.randint(1, 20)))


@ad1.edits("ad1_decision_differs_from_placed_adoption", "523", where=lambda r: bool(r["DATE_INT"]))
def _ad1_decision_differs(t: Target, row: Row) -> bool:
    if not t.rows("placed_adoption") or parse_date(row.get("DATE_INT")) is None:
        return False
    return change(row, DATE_INT=shift(row["DATE_INT"], -t.rng.randint(1, 20)))


# ---------------------------------------------------------------------------------------
# PlacedAdoption beside the adoption episodes, AD1 and the collection year


@placed_adoption.defect("placed_adoption_missing_for_adoptive_placement", "551")
def _pa_missing(t: Target) -> bool:
    return _adoptive_placement(t) is not None and t.remove_rows("placed_adoption")


@placed_adoption.defect("placed_adoption_decision_after_adoptive_placement", "552")
def _pa_decision_late(t: Target) -> bool:
    placed = _adoptive_placement(t)
    if placed is None:
        return False
    later = shift(placed["DECOM"], t.rng.randint(1, 20))
    if (parse_date(later) or date.max) > t.end():
        return False
    return change(placed_adoption.pick(t), DATE_PLACED=later)


@placed_adoption.defect("placed_adoption_decision_after_placement_order", "554")
def _pa_decision_after_order(t: Target) -> bool:
    orders = [r for r in t.episodes() if r.get("LS") == "E1" and parse_date(r.get("DECOM"))]
    if not orders:
        return False
    granted = parse_date(orders[0]["DECOM"]) or t.end()
    placed = _adoptive_placement(t)
    # Before the adoptive placement starts, so that only the placement order disagrees (552).
    starts = parse_date(placed["DECOM"]) if placed else None
    latest = min(starts or t.end(), t.end())
    if (latest - granted).days < 3:
        return False
    later = granted + timedelta(days=t.rng.randint(1, (latest - granted).days - 1))
    return change(placed_adoption.pick(t), DATE_PLACED=fmt(later))


@placed_adoption.edits(
    "placed_adoption_reversed_but_adopted",
    "525",
    where=lambda r: parse_date(r.get("DATE_PLACED")) is not None,
)
def _pa_reversed_adopted(t: Target, row: Row) -> bool:
    decided = parse_date(row["DATE_PLACED"]) or t.end()
    if not _has(t, "ad1") or decided >= t.end():
        return False
    ceased = max(decided, t.start()) + timedelta(days=1)
    return change(row, DATE_PLACED_CEASED=fmt(ceased), REASON_PLACED_CEASED="RD1")


@placed_adoption.defect("placed_adoption_ceased_after_year_end", "117")
def _pa_ceased_late(t: Target) -> bool:
    if not t.rows("episodes"):
        return False
    return change(
        placed_adoption.pick(t),
        DATE_PLACED_CEASED=fmt(t.end() + timedelta(days=t.rng.randint(1, 60))),
        REASON_PLACED_CEASED=one_of("RD1", "RD2", "RD3")(t),
    )


@placed_adoption.edits(
    "placed_adoption_ceased_before_year",
    "118",
    where=lambda r: parse_date(r.get("DATE_PLACED")) is not None,
)
def _pa_ceased_early(t: Target, row: Row) -> bool:
    decided = parse_date(row["DATE_PLACED"]) or t.start()
    if not t.rows("episodes") or (t.start() - decided).days < 3:
        return False
    ceased = decided + timedelta(days=t.rng.randint(1, (t.start() - decided).days - 1))
    return change(row, DATE_PLACED_CEASED=fmt(ceased), REASON_PLACED_CEASED=one_of("RD1", "RD2")(t))


@episodes.defect("episode_adoption_recorded_as_other_exit", "557 602")
def _adoption_other_exit(t: Target) -> bool:
    # The adoption episode says the child left care another way: the adoption decision has no
    # reversal recorded (557) and AD1 describes an adoption the episodes do not show (602).
    adopted = _adoption_episode(t)
    if adopted is None or not t.rows("placed_adoption") or not t.rows("ad1"):
        return False
    return change(adopted, REC=one_of("E45", "E46", "E48")(t))


# ---------------------------------------------------------------------------------------
# Header beside Episodes and OC3: UPN and motherhood


@header.defect("header_upn_blank_looked_after", "442")
def _upn_blank(t: Target) -> bool:
    if not any(r.get("LS") not in SHORT_BREAKS for r in t.rows("episodes")):
        return False
    head = t.header()
    return change(head, UPN=None) if head and head.get("UPN") else False


@header.defect("header_mother_blank_ceased", "607")
def _mother_blank_ceased(t: Target) -> bool:
    head = t.header()
    if head is None or head.get("SEX") != female_code(t.year) or head.get("MOTHER") is None:
        return False
    if _final(t) is None or not all(r.get("LS") not in SHORT_BREAKS for r in t.rows("episodes")):
        return False
    return change(head, MOTHER=None, MC_DOB=None)


@header.defect("header_child_born_after_year_end", "625")
def _mc_dob_late(t: Target) -> bool:
    head = t.header()
    if head is None or head.get("SEX") != female_code(t.year) or not t.rows("episodes"):
        return False
    return change(head, MOTHER="1", MC_DOB=fmt(t.end() + timedelta(days=t.rng.randint(1, 90))))


@header.defect("header_mother_for_care_leaver", "628")
def _mother_care_leaver(t: Target) -> bool:
    head = t.header()
    if head is None or not _has(t, "oc3") or t.rows("episodes") or head.get("MOTHER"):
        return False
    if head.get("SEX") != female_code(t.year):
        return False
    return change(head, MOTHER="0")


@header.defect("header_started_care_aged_18", "352")
def _started_at_18(t: Target) -> bool:
    began = _started_this_year(t)
    if began is None:
        return False
    born = add_years(began, -18) - timedelta(days=t.rng.randint(1, 150))
    return change(t.header(), DOB=fmt(born))


# ---------------------------------------------------------------------------------------
# Episodes against the child's age (Header DOB)


def _ended_under(t: Target, years: int, test: Callable[[Row], bool] | None = None) -> Row | None:
    """One of the child's ended episodes that ended before the child turned `years`."""
    return t.pick(
        t.rows("episodes"),
        lambda r: (
            _ended(r) and _under(t, years, parse_date(r.get("DEC"))) and (test is None or test(r))
        ),
    )


@episodes.defect("episode_youth_justice_status_under_10", "358")
def _j_under_10(t: Target) -> bool:
    row = _ended_under(t, 10, lambda r: r.get("LS") not in SHORT_BREAKS)
    return change(row, LS=one_of("J1", "J2", "J3")(t))


def _place_under(t: Target, years: int, place: str, provider: str | None) -> bool:
    row = _ended_under(t, years, lambda r: r.get("LS") not in SHORT_BREAKS)
    return change(row, PLACE=place, PLACE_PROVIDER=provider, URN=None)


@episodes.defect("episode_supported_accommodation_under_16", "371")
def _k3_under_16(t: Target) -> bool:
    return _place_under(t, 16, "K3" if t.year >= "2024-25" else "H5", "PR4")


@episodes.defect("episode_custody_under_10", "372")
def _r5_under_10(t: Target) -> bool:
    return _place_under(t, 10, "R5", "PR3")


@episodes.defect("episode_residential_school_under_4", "373")
def _s1_under_4(t: Target) -> bool:
    return _place_under(t, 4, "S1", "PR4")


@episodes.defect("episode_residential_employment_under_14", "374")
def _p3_under_14(t: Target) -> bool:
    return _place_under(t, 14, "P3", "PR4")


def _temporary_too_long(t: Target, place: str, days: int) -> bool:
    def long_enough(r: Row) -> bool:
        began, ended = parse_date(r.get("DECOM")), parse_date(r.get("DEC"))
        return began is not None and ended is not None and (ended - began).days > days + 1

    row = t.pick(
        t.rows("episodes"),
        lambda r: long_enough(r) and r.get("LS") not in SHORT_BREAKS,
    )
    return change(row, PLACE=place, PLACE_PROVIDER=None, URN=None, REASON_PLACE_CHANGE=None)


@episodes.defect("episode_hospital_over_6_weeks", "375")
def _t1_long(t: Target) -> bool:
    return _temporary_too_long(t, "T1", 42)


@episodes.defect("episode_carer_holiday_over_3_weeks", "376")
def _t3_long(t: Target) -> bool:
    return _temporary_too_long(t, "T3", 21)


@episodes.defect("episode_t4_over_7_days", "379")
def _t4_long(t: Target) -> bool:
    return _temporary_too_long(t, "T4", 7)


def _left_under(t: Target, years: int, reason: str) -> bool:
    last = _final(t)
    if last is None or not _under(t, years, parse_date(last.get("DEC"))):
        return False
    if last.get("LS") in SHORT_BREAKS:
        return False
    return change(last, REC=reason)


@episodes.defect("episode_independent_living_under_14", "387")
def _e5_under_14(t: Target) -> bool:
    return _left_under(t, 14, t.rng.choice(["E5", "E6"]))


@episodes.defect("episode_adult_care_under_16", "389")
def _e7_under_16(t: Target) -> bool:
    return _left_under(t, 16, "E7")


@episodes.defect("episode_stayed_with_carers_under_18", "460")
def _e17_under_18(t: Target) -> bool:
    return _left_under(t, 18, "E17")


def _left_at_18(t: Target) -> tuple[Row, date] | None:
    """The final episode when it ended on or after the 18th birthday, and that birthday."""
    last = _final(t)
    eighteenth = _birthday(t, 18)
    ended = parse_date(last.get("DEC")) if last else None
    if last is None or ended is None or eighteenth is None or ended < eighteenth:
        return None
    return last, eighteenth


@episodes.defect("episode_adopted_aged_18", "386")
def _e11_adult(t: Target) -> bool:
    left = _left_at_18(t)
    return change(left[0], REC=t.rng.choice(["E11", "E12"])) if left else False


@episodes.defect("episode_special_guardianship_aged_18", "407")
def _sgo_adult(t: Target) -> bool:
    # Care ends after the 18th birthday, not on it: the reference validator passes an order
    # made on the birthday (known defect sgo_eighteenth_birthday).
    left = _left_at_18(t)
    if left is None:
        return False
    last, eighteenth = left
    later = eighteenth + timedelta(days=t.rng.randint(1, 20))
    ended = max(parse_date(last["DEC"]) or eighteenth, later)
    if ended > t.end():
        return False
    return change(last, DEC=fmt(ended), REC=t.rng.choice(["E45", "E46", "E47", "E48"]))


@episodes.defect("episode_custody_move_under_10", "234", first_year="2025-26")
def _custody_under_10(t: Target) -> bool:
    row = _ended_under(t, 10, lambda r: r.get("REC") == "X1")
    return change(row, REASON_PLACE_CHANGE="CUSTOD")


# ---------------------------------------------------------------------------------------
# Reviews and Missing against the periods of care


@reviews.defect("review_for_short_breaks_only", "399")
def _review_short_breaks(t: Target) -> bool:
    if not _short_breaks_only(t) or _has(t, "reviews") or _dob_text(t) is None:
        return False
    first = parse_date(t.episodes()[0].get("DECOM"))
    if first is None:
        return False
    held = max(first, t.start()) + timedelta(days=t.rng.randint(1, 20))
    if held > t.end():
        return False
    t.add_row(
        "reviews",
        {"CHILD": t.child, "DOB": _dob_text(t), "REVIEW": fmt(held), "REVIEW_CODE": "PN1"},
    )
    return True


def _missing_row(t: Target, went: date, back: date | None) -> Row:
    return {
        "CHILD": t.child,
        "DOB": _dob_text(t),
        "MISSING": t.rng.choice(["M", "A"]),
        "MIS_START": fmt(went),
        "MIS_END": fmt(back) if back else None,
    }


@missing.defect("missing_after_care_ended", "578")
def _missing_after(t: Target) -> bool:
    last = _final(t)
    ended = parse_date(last.get("DEC")) if last else None
    if ended is None or (t.end() - ended).days < 4 or _dob_text(t) is None:
        return False
    went = ended + timedelta(days=t.rng.randint(2, (t.end() - ended).days - 1))
    t.add_row("missing", _missing_row(t, went, went + timedelta(days=1)))
    return True


@missing.defect("missing_before_care_started", "581")
def _missing_before(t: Target) -> bool:
    began = _started_this_year(t)
    if began is None or (began - t.start()).days < 4 or _dob_text(t) is None:
        return False
    went = began - timedelta(days=t.rng.randint(3, (began - t.start()).days))
    t.add_row("missing", _missing_row(t, went, went + timedelta(days=1)))
    return True


@missing.defect("missing_open_after_care_ended", "577")
def _missing_open(t: Target) -> bool:
    last = _final(t)
    if last is None:
        return False
    began, ended = parse_date(last.get("DECOM")), parse_date(last.get("DEC"))
    if began is None or ended is None or (ended - began).days < 3 or _dob_text(t) is None:
        return False
    went = began + timedelta(days=t.rng.randint(1, (ended - began).days - 1))
    t.add_row("missing", _missing_row(t, went, None))
    return True


# ---------------------------------------------------------------------------------------
# PrevPerm against the start of care


@prev_perm.defect("prev_perm_missing_for_new_period", "630")
def _prev_perm_missing(t: Target) -> bool:
    return _started_this_year(t) is not None and t.remove_rows("prev_perm")


@prev_perm.defect("prev_perm_order_after_care_started", "632")
def _prev_perm_late(t: Target) -> bool:
    rows = t.episodes()
    first = parse_date(rows[0].get("DECOM")) if rows else None
    if first is None:
        return False
    later = first + timedelta(days=t.rng.randint(1, 60))
    return change(
        prev_perm.pick(t),
        PREV_PERM=one_of("P1", "P2", "P3")(t),
        LA_PERM=one_of(t.la, "999")(t),
        DATE_PERM=fmt(later),
    )
