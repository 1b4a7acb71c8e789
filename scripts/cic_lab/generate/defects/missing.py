"""Missing defects: type and dates of missing or absent episodes, and the year-on-year kind
that fails to continue last year's open episode."""

from __future__ import annotations

from datetime import date

from cic_lab.generate.defects.kind import Kinds, Target, bad_date, change, dated, one_of, shift
from cic_lab.generate.defects.values import Row, parse_date

kinds = Kinds("missing")
kinds.sets("missing_type_invalid", "1006", MISSING=one_of("X", "AWOL", "1"))
kinds.sets("missing_start_invalid", "1004", MIS_START=bad_date)
kinds.sets(
    "missing_start_blank",
    "564 1004",
    where=lambda r: r.get("MISSING") in ("M", "A"),
    MIS_START=None,
)
kinds.sets("missing_end_invalid", "1005", MIS_END=bad_date)


@kinds.edits("missing_ends_before_start", "567", where=dated("MIS_START"))
def _mis_order(t: Target, row: Row) -> bool:
    return change(row, MIS_END=shift(row["MIS_START"], -t.rng.randint(1, 10)))


@kinds.edits("missing_before_birth", "586", where=dated("DOB"))
def _mis_dob(t: Target, row: Row) -> bool:
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
