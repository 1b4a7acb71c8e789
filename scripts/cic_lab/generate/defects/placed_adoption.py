"""PlacedAdoption defects: placement and ceased dates and reasons, and the year-on-year
kind that changes an open decision's date."""

from __future__ import annotations

from datetime import timedelta

from cic_lab.generate.defects.kind import Kinds, Target, bad_date, change, dated, one_of, shift
from cic_lab.generate.defects.values import Row, fmt, parse_date, year_end

kinds = Kinds("placed_adoption")
kinds.sets("placed_adoption_date_invalid", "115", DATE_PLACED=bad_date)
kinds.sets(
    "placed_adoption_ceased_invalid", "116", DATE_PLACED_CEASED=bad_date, REASON_PLACED_CEASED="RD1"
)
kinds.sets(
    "placed_adoption_reason_without_date",
    "119",
    DATE_PLACED_CEASED=None,
    REASON_PLACED_CEASED="RD4",
)


@kinds.edits("placed_adoption_reason_invalid", "120")
def _pa_reason_invalid(t: Target, row: Row) -> bool:
    ceased = row.get("DATE_PLACED_CEASED") or fmt(year_end(t.year) - timedelta(days=10))
    return change(row, DATE_PLACED_CEASED=ceased, REASON_PLACED_CEASED=one_of("RD5", "RD")(t))


@kinds.defect("placed_adoption_before_birth", "184")
def _pa_before_dob(t: Target) -> bool:
    born = t.dob()
    if born is None:
        return False
    return change(kinds.pick(t), DATE_PLACED=fmt(born - timedelta(days=t.rng.randint(1, 90))))


@kinds.edits(
    "placed_adoption_ceased_before_decision",
    "522",
    where=dated("DATE_PLACED"),
)
def _pa_order(t: Target, row: Row) -> bool:
    earlier = shift(row["DATE_PLACED"], -t.rng.randint(5, 60))
    return change(row, DATE_PLACED_CEASED=earlier, REASON_PLACED_CEASED="RD1")


# ---------------------------------------------------------------------------------------
# Year on year: this year disagrees with last year


@kinds.defect("yoy_adoption_decision_date_differs", "560", cross_year=True)
def _yoy_placed(t: Target) -> bool:
    last = [
        r
        for r in t.last_rows("placed_adoption")
        if r.get("DATE_PLACED") and r.get("DATE_PLACED_CEASED") is None
    ]
    this = t.rows("placed_adoption")
    if not last or not this or parse_date(this[0].get("DATE_PLACED")) is None:
        return False
    return change(this[0], DATE_PLACED=shift(this[0]["DATE_PLACED"], -t.rng.randint(1, 30)))
