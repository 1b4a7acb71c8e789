"""Read everything the report shows from a published warehouse, opened read-only."""

from __future__ import annotations

from pathlib import Path

import duckdb

from cic.report.analytics import read_benchmarks
from cic.report.children import read_top_children
from cic.report.headline import read_headlines
from cic.report.model import Warehouse
from cic.report.validation import (
    read_built_at,
    read_councils,
    read_returns,
    read_rule_failures,
    read_trend,
)


def read_warehouse(database: Path) -> Warehouse:
    """The validation marts' findings, the headline counts of every return in `database` and,
    where the analytics marts are there, each council's headline measures and benchmarks.

    Raises FileNotFoundError when there is no such file, and duckdb.Error when it is not a
    warehouse built with every mart."""
    if not database.is_file():
        raise FileNotFoundError(f"no warehouse at {database}")
    with duckdb.connect(str(database), read_only=True) as con:
        return Warehouse(
            councils=read_councils(con),
            returns=read_returns(con),
            rules=read_rule_failures(con),
            children=read_top_children(con),
            trend=read_trend(con),
            headlines=read_headlines(con),
            built_at=read_built_at(con),
            benchmarks=read_benchmarks(con),
        )
