"""Which collection years a nightly run derives CMS-fed returns for: from the data, not the clock.

A CMS extract is as of the day it was taken, read from its dates (every date column its contract
declares, in the family's date format; see `extract_as_of`). The return is derived for the
collection year holding that day and the year before it (the previous year's return is what the
year-on-year rules compare with), and for any year of a 903 folder in tonight's extracts. A
collection year runs from 1 April to 31 March.
"""

from __future__ import annotations

from datetime import date

import duckdb

from cic.contracts import cms_family
from cic.ssda903 import supported_years


def collection_year_of(day: date) -> str:
    """The collection year holding `day`, e.g. 2025-26 for 15 May 2025 or 31 March 2026."""
    first = day.year if day.month >= 4 else day.year - 1
    return f"{first}-{(first + 1) % 100:02d}"


def previous_year(year: str) -> str:
    first = int(year[:4]) - 1
    return f"{first}-{(first + 1) % 100:02d}"


def extract_as_of(con: duckdb.DuckDBPyConnection, source: str, today: date) -> date | None:
    """When the current loads of a CMS family were taken: the 99th percentile of every date
    their contract declares, leaving out dates after `today`. Not the maximum: an extract also
    holds planned end dates, open-ended ones (31/12/9999) and the odd date typed a year out."""
    family = cms_family(source)
    parts = []
    for table in family.tables:
        for column in table.dates:
            parts.append(
                f"select try_strptime({column.lower()}, '{family.date_format}') as day "
                f"from raw.{source}__{table.name} where _load_id in (select load_id from current)"
            )
    if not parts:
        return None
    union = "\n            union all\n            ".join(parts)
    ((as_of,),) = con.execute(
        f"""
        with current as (
            select max(l.load_id) as load_id
            from raw._loads as l
            inner join raw._load_tables as t on l.load_id = t.load_id
            where l.status = 'landed' and l.source_system = ?
            group by l.la_code, t.table_name
        ),
        days as (
            {union}
        )
        select quantile_disc(day, 0.99) from days where day <= ?
        """,
        [source, today],
    ).fetchall()
    return None if as_of is None else as_of.date()


def derived_years(
    con: duckdb.DuckDBPyConnection, sources: list[str], folder_years: set[str], today: date
) -> tuple[list[str], str]:
    """The years to derive, and a line saying where they came from."""
    years = set(folder_years)
    said = [f"903 folders {', '.join(sorted(folder_years))}"] if folder_years else []
    for source in sources:
        as_of = extract_as_of(con, source, today)
        if as_of is None:
            continue
        current = collection_year_of(as_of)
        years |= {current, previous_year(current)}
        # The year, not the day: the day is a value read from the extract.
        said.append(f"{source} extracts reaching into {current}")
    supported = set(supported_years())
    kept = sorted(y for y in years if y in supported)
    return kept, "; ".join(said)
