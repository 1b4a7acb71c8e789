"""The nightly report's analytics section: each council's headline measures beside their
benchmarks, read from the published analytics marts; a warehouse without them (or with them
empty) still gives a report, which says so."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import duckdb

from cic.report.analytics import read_benchmarks
from cic.report.model import Benchmark, Council, Warehouse
from cic.report.page import render

WRITTEN = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)


def _warehouse(benchmarks: tuple[Benchmark, ...]) -> Warehouse:
    return Warehouse(
        councils=(Council("886", "Kent"), Council("316", "Newham")),
        returns=(),
        rules=(),
        children=(),
        trend=(),
        headlines=(),
        built_at=None,
        benchmarks=benchmarks,
    )


def _marts(path: Path) -> None:
    with duckdb.connect(str(path)) as con:
        con.execute("create schema analytics")
        con.execute("create schema reference")
        con.execute(
            "create table reference.measure_registry (measure_id varchar, label varchar, "
            "unit varchar, data_set varchar, headline boolean)"
        )
        con.execute(
            "insert into reference.measure_registry values "
            "('cla_31_march', 'Children looked after on 31 March', 'count', 'a', true), "
            "('other', 'Not a headline', 'count', 'a', false)"
        )
        con.execute(
            "create table analytics.benchmarks (la_code varchar, measure_id varchar, "
            "time_period integer, breakdown_topic varchar, council_value double, "
            "region_value double, neighbours_mean double, neighbours_median double, "
            "england_value double)"
        )
        con.execute(
            "insert into analytics.benchmarks values "
            "('886', 'cla_31_march', 2025, 'total', 1896, 9000, 1500, 1400, 81770), "
            "('886', 'cla_31_march', 2024, 'total', 2000, 9100, null, null, 83530), "
            "('886', 'cla_31_march', 2025, 'sex', 1000, 5000, 800, 800, 46040), "
            "('886', 'other', 2025, 'total', 1, 1, 1, 1, 1)"
        )


def test_benchmarks_are_the_headline_measures_totals(tmp_path: Path) -> None:
    path = tmp_path / "cic.duckdb"
    _marts(path)
    with duckdb.connect(str(path), read_only=True) as con:
        found = read_benchmarks(con)
    assert [(b.la_code, b.measure_id, b.year, b.council) for b in found] == [
        ("886", "cla_31_march", "2023-24", 2000.0),
        ("886", "cla_31_march", "2024-25", 1896.0),
    ]
    assert found[1].england == 81770.0 and found[0].neighbours_mean is None


def test_no_analytics_marts_gives_no_benchmarks(tmp_path: Path) -> None:
    path = tmp_path / "cic.duckdb"
    duckdb.connect(str(path)).close()
    with duckdb.connect(str(path), read_only=True) as con:
        assert read_benchmarks(con) == ()


def test_report_charts_a_council_with_benchmarks_and_says_when_there_are_none(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cic.duckdb"
    _marts(path)
    with duckdb.connect(str(path), read_only=True) as con:
        benchmarks = read_benchmarks(con)
    page = render(_warehouse(benchmarks), database_name="cic.duckdb", written_at=WRITTEN)
    assert 'id="chart-benchmarks-886"' in page
    assert "chart-benchmarks-316" not in page
    assert "No headline measure for this council yet." in page
    assert "Statistical neighbours (mean)" in page and "England" in page


def test_report_without_analytics_says_so(tmp_path: Path) -> None:
    page = render(_warehouse(()), database_name="cic.duckdb", written_at=WRITTEN)
    assert "chart-benchmarks" not in page
    assert page.count("The warehouse has no analytics measures yet") == 2
