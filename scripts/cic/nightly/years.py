"""Which collection years a build derived CMS-fed returns for, read back from the warehouse.

dbt decides them, from the data and not the clock (int_ssda903__derived_years: for each council,
the collection year its current extract was taken in, read from the extract's own dates, and the
year before; or the years var('ssda903_years') names). The nightly run reads them back to say so.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import duckdb

MODEL = "model.cic.int_ssda903__derived_years"


def derived_years(warehouse: Path, manifest: Path) -> dict[str, list[str]]:
    """Each CMS-fed council's derived collection years, as the last build left them. Empty when
    no CMS family was built (the model is then a CTE, not a table)."""
    relation = json.loads(manifest.read_text(encoding="utf-8"))["nodes"][MODEL]["relation_name"]
    if not relation:
        return {}
    years: dict[str, list[str]] = defaultdict(list)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        for la, year in con.execute(
            f"select la_code, collection_year from {relation} order by 1, 2"
        ).fetchall():
            years[str(la)].append(str(year))
    return dict(years)


def describe(years: dict[str, list[str]], named: bool) -> str:
    """One line for the run log: the years, and where they came from (never a date read)."""
    if not years:
        return "no CMS-fed return derived"
    why = (
        "--years"
        if named
        else "each council's extract: the year it was taken in and the one before"
    )
    distinct = {tuple(y) for y in years.values()}
    if len(distinct) == 1:
        return f"returns derived for {', '.join(distinct.pop())} ({why})"
    each = "; ".join(f"{la} {', '.join(y)}" for la, y in sorted(years.items()))
    return f"returns derived per council: {each} ({why})"
