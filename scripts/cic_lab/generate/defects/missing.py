"""Missing defects: type and dates of missing or absent episodes, and the year-on-year kind
that fails to continue last year's open episode.

One kind per DfE rule it should trigger; `registry` orders them in the catalogue.
"""

from __future__ import annotations

from datetime import date

from cic_lab.generate.defects.kind import Kinds, Target, bad_date, change, shift
from cic_lab.generate.defects.values import (
    Row,
    parse_date,
)

kinds = Kinds("missing")


def _missing(t: Target) -> Row | None:
    return t.pick(t.rows("missing"))


@kinds.defect("missing_type_invalid", "1006")
def _mis_type(t: Target) -> bool:
    return change(_missing(t), MISSING=t.rng.choice(["X", "AWOL", "1"]))


@kinds.defect("missing_start_invalid", "1004")
def _mis_start(t: Target) -> bool:
    return change(_missing(t), MIS_START=bad_date(t))


@kinds.defect("missing_start_blank", "564 1004")
def _mis_start_blank(t: Target) -> bool:
    row = t.pick(t.rows("missing"), lambda r: r.get("MISSING") in ("M", "A"))
    return change(row, MIS_START=None)


@kinds.defect("missing_end_invalid", "1005")
def _mis_end(t: Target) -> bool:
    return change(_missing(t), MIS_END=bad_date(t))


@kinds.defect("missing_ends_before_start", "567")
def _mis_order(t: Target) -> bool:
    row = t.pick(t.rows("missing"), lambda r: parse_date(r.get("MIS_START")) is not None)
    return change(row, MIS_END=shift(row["MIS_START"], -t.rng.randint(1, 10))) if row else False


@kinds.defect("missing_before_birth", "586")
def _mis_dob(t: Target) -> bool:
    row = t.pick(t.rows("missing"), lambda r: parse_date(r.get("DOB")) is not None)
    if row is None:
        return False
    return change(row, MIS_START=shift(row["DOB"], -t.rng.randint(1, 200)), MIS_END=None)


# ---------------------------------------------------------------------------------------
# Year on year: this year disagrees with last year


@kinds.defect("yoy_open_missing_not_continued", "576", cross_year=True)
def _yoy_missing(t: Target) -> bool:
    open_last = [r for r in t.last_rows("missing") if r.get("MIS_END") is None]
    this = sorted(t.rows("missing"), key=lambda r: parse_date(r.get("MIS_START")) or date.max)
    if not open_last or not this or parse_date(this[0].get("MIS_START")) is None:
        return False
    return change(this[0], MIS_START=shift(this[0]["MIS_START"], t.rng.randint(1, 3)))
