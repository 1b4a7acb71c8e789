"""PlacedAdoption defects: placement and ceased dates and reasons, and the year-on-year
kind that changes an open decision's date.

One kind per DfE rule it should trigger; `registry` orders them in the catalogue.
"""

from __future__ import annotations

from datetime import timedelta

from cic_lab.generate.defects.kind import Kinds, Target, bad_date, change, shift
from cic_lab.generate.defects.values import (
    Row,
    fmt,
    parse_date,
    year_end,
)

kinds = Kinds("placed_adoption")


def _placed(t: Target) -> Row | None:
    return t.pick(t.rows("placed_adoption"))


@kinds.defect("placed_adoption_date_invalid", "115")
def _pa_date(t: Target) -> bool:
    return change(_placed(t), DATE_PLACED=bad_date(t))


@kinds.defect("placed_adoption_ceased_invalid", "116")
def _pa_ceased(t: Target) -> bool:
    return change(_placed(t), DATE_PLACED_CEASED=bad_date(t), REASON_PLACED_CEASED="RD1")


@kinds.defect("placed_adoption_reason_without_date", "119")
def _pa_reason(t: Target) -> bool:
    return change(_placed(t), DATE_PLACED_CEASED=None, REASON_PLACED_CEASED="RD4")


@kinds.defect("placed_adoption_reason_invalid", "120")
def _pa_reason_invalid(t: Target) -> bool:
    row = _placed(t)
    if row is None:
        return False
    ceased = row.get("DATE_PLACED_CEASED") or fmt(year_end(t.year) - timedelta(days=10))
    return change(row, DATE_PLACED_CEASED=ceased, REASON_PLACED_CEASED=t.rng.choice(["RD5", "RD"]))


@kinds.defect("placed_adoption_before_birth", "184")
def _pa_before_dob(t: Target) -> bool:
    born = t.dob()
    if born is None:
        return False
    return change(_placed(t), DATE_PLACED=fmt(born - timedelta(days=t.rng.randint(1, 90))))


@kinds.defect("placed_adoption_ceased_before_decision", "522")
def _pa_order(t: Target) -> bool:
    row = t.pick(t.rows("placed_adoption"), lambda r: parse_date(r.get("DATE_PLACED")) is not None)
    if row is None:
        return False
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
