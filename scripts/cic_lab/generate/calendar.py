"""Dates as proleptic ordinals (ints): cheap to add and compare, formatted once per day."""

from __future__ import annotations

from datetime import date
from functools import cache


def ordinal(year: int, month: int, day: int) -> int:
    return date(year, month, day).toordinal()


def add_years(day: int, years: int) -> int:
    """The same calendar day `years` later; 29 February becomes 28 February (as pandas does)."""
    d = date.fromordinal(day)
    try:
        return d.replace(year=d.year + years).toordinal()
    except ValueError:
        return d.replace(year=d.year + years, day=28).toordinal()


def age(dob: int, day: int) -> int:
    """Completed years at `day`."""
    b, d = date.fromordinal(dob), date.fromordinal(day)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


@cache
def fmt(day: int) -> str:
    """dd/mm/yyyy, as the return carries dates."""
    d = date.fromordinal(day)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def year_bounds(year: str) -> tuple[int, int]:
    """Ordinals of 1 April and 31 March of a collection year such as 2025-26."""
    start = int(year[:4])
    return ordinal(start, 4, 1), ordinal(start + 1, 3, 31)
