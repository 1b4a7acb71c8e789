"""`cic-lab bench`'s report: what it prints from the figures it measured."""

from __future__ import annotations

from cic_lab.bench import BenchReport, Phase, render


def _report() -> BenchReport:
    report = BenchReport("national", ["2024-25", "2025-26"], 153, 1000)
    for name, wall in (("dbt parse", 18.0), ("dbt build", 50.0), ("reference validator", 2000.0)):
        report.phases.append(Phase(name, wall, 100.0, 1000))
    return report


def test_the_analytics_cost_is_median_against_median() -> None:
    report = _report()
    report.with_analytics = [60.0, 54.0, 56.0]
    report.without_analytics = [45.0, 50.0, 40.0]
    line = next(x for x in render(report).splitlines() if x.startswith("analytics marts' cost"))
    # Medians 56 and 45, whatever the order the runs came in: +24%.
    assert "56.0 s with them, 45.0 s without" in line
    assert "+24%" in line
    assert "with 60.0, 54.0, 56.0; without 45.0, 50.0, 40.0" in line


def test_no_analytics_line_unless_asked() -> None:
    assert "analytics marts' cost" not in render(_report())
