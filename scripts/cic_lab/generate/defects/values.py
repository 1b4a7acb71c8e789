"""The values defects read and write: 903 rows as dicts of DfE column to text, dates in
return format (dd/mm/yyyy), collection years, and the codes valid in each year."""

from __future__ import annotations

from datetime import date

from cic.ssda903 import check_year

Row = dict[str, str | None]
Tables = dict[str, list[Row]]
Returns = dict[tuple[str, str], Tables]


def parse_date(text: str | None) -> date | None:
    """dd/mm/yyyy -> date; None for blank or unparseable text."""
    if not text:
        return None
    parts = text.split("/")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    try:
        return date(int(parts[2]), int(parts[1]), int(parts[0]))
    except ValueError:
        return None


def fmt(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def year_start(year: str) -> date:
    return date(int(year[:4]), 4, 1)


def year_end(year: str) -> date:
    return date(int(year[:4]) + 1, 3, 31)


def previous_year(year: str) -> str:
    start = int(check_year(year)[:4]) - 1
    return f"{start}-{(start + 1) % 100:02d}"


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def male_code(year: str) -> str:
    return "M" if year >= "2024-25" else "1"


def female_code(year: str) -> str:
    return "F" if year >= "2024-25" else "2"


def valid_places(year: str) -> tuple[str, ...]:
    """Placement types valid in a collection year (DfE lists; K3 from 2024-25, Z11-Z14 from
    2025-26 when Z1, H5 and P2 went)."""
    common = [
        "A3",
        "A4",
        "A5",
        "A6",
        "K1",
        "K2",
        "P1",
        "P3",
        "R1",
        "R2",
        "R3",
        "R5",
        "S1",
        "T0",
        "T1",
        "T2",
        "T3",
        "T4",
        "U1",
        "U2",
        "U3",
        "U4",
        "U5",
        "U6",
    ]
    if year >= "2025-26":
        return (*common, "K3", "Z11", "Z12", "Z13", "Z14")
    if year >= "2024-25":
        return (*common, "K3", "H5", "P2", "Z1")
    return (*common, "H5", "P2", "Z1")


def temporary_places(year: str) -> tuple[str, ...]:
    """Placements that take no provider code (rules 213, 526)."""
    others = ("Z11", "Z12", "Z13", "Z14") if year >= "2025-26" else ("Z1",)
    return ("T0", "T1", "T2", "T3", "T4", *others)


def invalid_place(year: str) -> str:
    """A placement code valid in some other year but not this one."""
    if year >= "2025-26":
        return "Z1"  # replaced by Z11-Z14
    if year >= "2024-25":
        return "Z11"  # not yet introduced
    return "K3"  # introduced in 2024-25


ETHNIC_CODES = [
    "WBRI",
    "WIRI",
    "WOTH",
    "WIRT",
    "WROM",
    "MWBC",
    "MWBA",
    "MWAS",
    "MOTH",
    "AIND",
    "APKN",
    "ABAN",
    "AOTH",
    "BCRB",
    "BAFR",
    "BOTH",
    "CHNE",
    "OOTH",
    "REFU",
    "NOBT",
]
