"""`cic measures --against-published`: England's headline measures beside DfE's figures, on a
small warehouse built here by hand (two headline measures, one not headline)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from cic.measures import Comparison

CliResult = tuple[int, str]

REGISTRY = [
    ("cla_31_march", "Children looked after on 31 March", "count", 0, True),
    ("placements_3_plus", "3 or more placements", "percent", 0, True),
    ("not_headline", "Not a headline", "count", 0, False),
]
PUBLISHED = [
    (2025, "National", "E92000001", "cla_31_march", "total", "Total", "81770", "f.csv"),
    (2025, "National", "E92000001", "placements_3_plus", "total", "Total", "10", "f.csv"),
    (2024, "National", "E92000001", "cla_31_march", "total", "Total", "83530", "f.csv"),
    (2024, "National", "E92000001", "placements_3_plus", "total", "Total", "11", "f.csv"),
    (2025, "Local authority", "E10000016", "cla_31_march", "total", "Total", "1896", "f.csv"),
]


def build(path: Path, ours: list[tuple[int, str, str, str, float]]) -> Path:
    """A warehouse with the registry, DfE's figures and analytics.measures rows
    (time_period, geographic_level, la_code, measure_id, value)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(path)) as con:
        con.execute("create schema reference")
        con.execute("create schema analytics")
        con.execute(
            "create table reference.measure_registry (measure_id varchar, label varchar, "
            "unit varchar, decimals integer, headline boolean)"
        )
        con.executemany("insert into reference.measure_registry values (?, ?, ?, ?, ?)", REGISTRY)
        con.execute(
            "create table reference.published_measures (time_period integer, "
            "geographic_level varchar, area_code varchar, measure_id varchar, "
            "breakdown_topic varchar, breakdown varchar, published_value varchar, source varchar)"
        )
        con.executemany(
            "insert into reference.published_measures values (?, ?, ?, ?, ?, ?, ?, ?)", PUBLISHED
        )
        con.execute(
            "create table analytics.measures (time_period integer, geographic_level varchar, "
            "old_la_code varchar, measure_id varchar, breakdown_topic varchar, "
            "breakdown varchar, value_unrounded double)"
        )
        con.executemany(
            "insert into analytics.measures values (?, ?, ?, ?, 'total', 'Total', ?)", ours
        )
    return path


def national(year: int, cla: float | None, placements: float | None) -> list:
    rows = [(year, "Local authority", "886", "cla_31_march", 1.0)]
    if cla is not None:
        rows.append((year, "National", None, "cla_31_march", cla))
    if placements is not None:
        rows.append((year, "National", None, "placements_3_plus", placements))
    return rows


def test_within_tolerance_passes_and_prints_both_values(
    warehouse: Path, cic: Callable[..., CliResult]
) -> None:
    build(warehouse, national(2025, 80000, 10.4))
    code, out = cic("measures", "--against-published")
    assert code == 0, out
    assert "England 2024-25" in out
    assert "80,000" in out and "81770" in out and "-2.2%" in out
    assert "not_headline" not in out
    assert "All 2 headline measures within 15%" in out


def test_a_measure_further_off_than_the_tolerance_fails(
    warehouse: Path, cic: Callable[..., CliResult]
) -> None:
    build(warehouse, national(2025, 60000, 10.4))
    code, out = cic("measures", "--against-published")
    assert code == 1, out
    assert "off" in out and "-26.6%" in out
    code, out = cic("measures", "--against-published", "--tolerance", "0.3")
    assert code == 0, out


def test_a_missing_headline_measure_fails(warehouse: Path, cic: Callable[..., CliResult]) -> None:
    build(warehouse, national(2025, 81770, None))
    code, out = cic("measures", "--against-published")
    assert code == 1, out
    assert "missing" in out
    assert "1 of 2 headline measure(s)" in out


def test_year_option_picks_the_collection_year(
    warehouse: Path, cic: Callable[..., CliResult]
) -> None:
    build(warehouse, national(2025, 81770, 10.0) + national(2024, 50000, 11.0))
    assert cic("measures", "--against-published")[0] == 0
    code, out = cic("measures", "--against-published", "--year", "2023-24")
    assert code == 1, out
    assert "England 2023-24" in out and "83530" in out


def test_no_analytics_marts_says_so(warehouse: Path, cic: Callable[..., CliResult]) -> None:
    warehouse.parent.mkdir(parents=True)
    duckdb.connect(str(warehouse)).close()
    code, out = cic("measures", "--against-published")
    assert code == 2, out
    assert "no analytics.measures" in out and "dbt build" in out


def test_no_warehouse_says_so(warehouse: Path, cic: Callable[..., CliResult]) -> None:
    code, out = cic("measures", "--against-published")
    assert code == 2, out
    assert "no warehouse" in out


def test_without_against_published_is_a_usage_error(
    warehouse: Path, cic: Callable[..., CliResult]
) -> None:
    build(warehouse, national(2025, 81770, 10.0))
    assert cic("measures")[0] == 2


@pytest.mark.parametrize(
    ("ours", "published", "status"),
    [
        (100.0, 100.0, "ok"),
        (115.0, 100.0, "ok"),
        (115.5, 100.0, "off"),
        (84.0, 100.0, "off"),
        (None, 100.0, "missing"),
        (100.0, None, "missing"),
        (0.0, 0.0, "ok"),
        (1.0, 0.0, "off"),
    ],
)
def test_status_against_the_tolerance(
    ours: float | None, published: float | None, status: str
) -> None:
    item = Comparison("m", "M", "count", 0, ours, None, published)
    assert item.status(0.15) == status
