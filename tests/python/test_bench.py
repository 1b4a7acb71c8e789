"""`cic-lab bench`'s report: what it prints from the figures it measured."""

from __future__ import annotations

from pathlib import Path

from cic_lab import bench
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


def test_generated_data_is_reused_only_while_the_generator_is_unchanged(tmp_path, monkeypatch):
    """The bench keeps a tier's generated data between runs; after a change to the generator
    (or anything it reads) the data is generated again, not measured as if it were current."""
    import cic_lab.generate

    runs: list[Path] = []

    def fake_run(folder: Path, *args: object, **kwargs: object) -> None:
        runs.append(folder)
        folder.mkdir(parents=True)
        (folder / "made").write_text(str(len(runs)))

    monkeypatch.setattr(cic_lab.generate, "run", fake_run)
    digest = ["one"]
    monkeypatch.setattr(bench, "generator_inputs_digest", lambda: digest[0])
    folder = tmp_path / "tier"
    for _ in range(2):
        bench.ensure_data(folder, "small", 1, ["2025-26"], ())
    assert len(runs) == 1  # the second run reused the first's data
    digest[0] = "two"
    bench.ensure_data(folder, "small", 1, ["2025-26"], ())
    assert len(runs) == 2
    assert (folder / "made").read_text() == "2"  # the old folder was replaced whole
