"""The 903 code lists by collection year, read from the committed seed."""

from __future__ import annotations

import csv
from functools import cache

from cic.paths import PROJECT_ROOT

CODE_LISTS = PROJECT_ROOT / "seeds" / "code_lists" / "ssda903_code_lists.csv"


@cache
def _all() -> dict[tuple[str, str, str], frozenset[str]]:
    lists: dict[tuple[str, str, str], set[str]] = {}
    with CODE_LISTS.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            key = (row["collection_year"], row["table_name"], row["field"])
            lists.setdefault(key, set()).add(row["code"])
    return {key: frozenset(codes) for key, codes in lists.items()}


def code_list(year: str, table: str, field: str) -> frozenset[str]:
    """Valid codes of one field in one collection year; empty if the field is not coded."""
    return _all().get((year, table, field), frozenset())


def sex_code(year: str, male: bool) -> str:
    """SEX as the year's return codes it: 1/2 up to 2023-24, M/F from 2024-25."""
    return (
        ("M" if male else "F")
        if "M" in code_list(year, "header", "SEX")
        else ("1" if male else "2")
    )
