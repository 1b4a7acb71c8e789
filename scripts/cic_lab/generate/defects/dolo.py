"""DoLO defects (from 2026-27): deprivation of liberty order dates."""

from __future__ import annotations

from datetime import timedelta

from cic_lab.generate.defects.kind import Kinds, Target, bad_date, change, shift
from cic_lab.generate.defects.values import Row, fmt, parse_date, year_end, year_start

kinds = Kinds("dolo")


def _dolo_row(t: Target) -> Row | None:
    """The child's DoLO row, added when the child has none (the defect then brings one)."""
    rows = t.rows("dolo")
    if rows:
        return t.rng.choice(rows)
    head = t.header()
    if head is None:
        return None
    start = year_start(t.year) + timedelta(days=t.rng.randint(10, 200))
    row: Row = {"CHILD": t.child, "DOB": head.get("DOB"), "DOLO_START": fmt(start)}
    row["DOLO_END"] = None
    t.add_row("dolo", row)
    return row


def _dated_row(t: Target, column: str) -> Row | None:
    """The child's DoLO row (as `_dolo_row`) when its `column` is a date, else None."""
    row = _dolo_row(t)
    return row if row is not None and parse_date(row.get(column)) is not None else None


kinds.sets("dolo_start_invalid", "700", first_year="2026-27", row=_dolo_row, DOLO_START=bad_date)
kinds.sets("dolo_end_invalid", "701", first_year="2026-27", row=_dolo_row, DOLO_END=bad_date)


@kinds.defect("dolo_ends_before_start", "702", first_year="2026-27")
def _dolo_order(t: Target) -> bool:
    row = _dated_row(t, "DOLO_START")
    if row is None:
        return False
    return change(row, DOLO_END=shift(row["DOLO_START"], -t.rng.randint(1, 20)))


@kinds.defect("dolo_starts_after_year_end", "703", first_year="2026-27")
def _dolo_late(t: Target) -> bool:
    start = fmt(year_end(t.year) + timedelta(days=t.rng.randint(1, 30)))
    return change(_dolo_row(t), DOLO_START=start, DOLO_END=None)


@kinds.defect("dolo_overlap", "705", first_year="2026-27")
def _dolo_overlap(t: Target) -> bool:
    row = _dated_row(t, "DOLO_START")
    if row is None:
        return False
    row["DOLO_END"] = None
    second = dict(row)
    second["DOLO_START"] = shift(row["DOLO_START"], t.rng.randint(1, 20))
    t.add_row("dolo", second)
    return True


@kinds.defect("dolo_before_birth", "708", first_year="2026-27")
def _dolo_dob(t: Target) -> bool:
    row = _dated_row(t, "DOB")
    if row is None:
        return False
    return change(row, DOLO_START=shift(row["DOB"], -t.rng.randint(1, 100)), DOLO_END=None)
