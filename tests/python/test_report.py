"""`cic report`: the nightly's HTML report, on the warehouse a nightly run published.

The report is written once per module (about a second); headless Chromium then opens it
offline and must draw every chart.
"""

from __future__ import annotations

import json
import re
import shutil
import stat
import subprocess
from collections.abc import Callable
from pathlib import Path

import lxml.html
import pytest

from cic.report import write_report
from conftest import CliResult, NightlyOutputs, query

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)
RUN_LOG = {
    "started_at": "2026-03-02T01:00:00+00:00",
    "finished_at": "2026-03-02T01:12:30+00:00",
    "status": "failed",
    "steps": [
        {"step": "land", "la": "886", "seconds": 12.5, "status": "ok", "detail": "12 files"},
        {"step": "dbt build", "la": None, "seconds": 640.0, "status": "ok", "detail": ""},
        {
            "step": "expectations",
            "la": None,
            "seconds": 3.25,
            "status": "failed",
            "detail": "<script>alert(1)</script>",
        },
    ],
}


@pytest.fixture(scope="module")
def database(nightly_outputs: NightlyOutputs) -> Path:
    path = nightly_outputs.database
    assert path.is_file(), f"the nightly published no warehouse at {path}"
    return path


@pytest.fixture(scope="module")
def report(database: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    log = folder / "run.json"
    log.write_text(json.dumps(RUN_LOG), encoding="utf-8")
    return write_report(database, folder / "published" / "report.html", log)


def _private_values(database: Path) -> set[str]:
    """Dates of birth (as dates and as landed), UPNs and postcodes the warehouse holds."""
    values: set[str] = set()
    for dob, dob_text, mc_dob, mc_dob_text, upn in query(
        database, "select dob, dob_text, mc_dob, mc_dob_text, upn from ssda903.header"
    ):
        values |= {str(v) for v in (dob, dob_text, mc_dob, mc_dob_text) if v}
        if upn and len(str(upn)) == 13:
            values.add(str(upn))
    for home, placement in query(database, "select home_post, pl_post from ssda903.episodes"):
        values |= {str(p) for p in (home, placement) if p}
    return values


def test_report_is_private_offline_and_names_every_council(report: Path, database: Path):
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    assert not [p for p in report.parent.iterdir() if p.name.endswith(".tmp")]
    page = report.read_text(encoding="utf-8")
    document = lxml.html.fromstring(page)
    external = [
        (element.tag, name, value)
        for element in document.iter()
        for name, value in element.attrib.items()
        if name in {"src", "href"} and value.strip().lower().startswith(("http:", "https:", "//"))
    ]
    assert external == []
    assert not document.xpath("//script[@src] | //link | //img | //iframe")
    councils = {la for (la,) in query(database, "select distinct la_code from validation.summary")}
    assert councils
    for la in councils:
        assert f"LA {la}" in page

    private = _private_values(database)
    assert len(private) > 100, "the warehouse should hold dates of birth and postcodes"
    pattern = re.compile("|".join(re.escape(v) for v in sorted(private, key=len, reverse=True)))
    leaked = sorted(set(pattern.findall(page)))
    assert leaked == [], f"personal values in the report: {leaked[:5]}"


def test_report_shows_the_run_log_escaped(report: Path, tmp_path: Path, database: Path):
    page = report.read_text(encoding="utf-8")
    assert 'id="run"' in page
    assert "10 min 40 s" in page and "12 min 30 s" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page

    bare = write_report(database, tmp_path / "bare.html", tmp_path / "no-such-log.json")
    assert 'id="run"' not in bare.read_text(encoding="utf-8")


def test_cic_report_needs_a_published_warehouse(cic: Callable[..., CliResult], warehouse: Path):
    code, output = cic("report")
    assert code == 2
    assert str(warehouse.parent / "published" / "cic.duckdb") in output.replace("\n", "")
    assert "run cic nightly first" in output


def test_cic_report_command(cic: Callable[..., CliResult], database: Path, tmp_path: Path):
    out = tmp_path / "out" / "report.html"
    code, output = cic("report", "--database", database, "--out", out)
    assert code == 0, output
    assert out.is_file() and "Report written" in output


def test_cic_report_with_a_run_log_that_is_absent_or_not_one(
    cic: Callable[..., CliResult], database: Path, tmp_path: Path
):
    out = tmp_path / "report.html"
    code, output = cic("report", "--database", database, "--out", out, "--run-log", tmp_path / "x")
    assert code == 2 and "no such file" in output and not out.exists()
    (tmp_path / "log.json").write_text("[not a log\n", encoding="utf-8")
    code, output = cic(
        "report", "--database", database, "--out", out, "--run-log", tmp_path / "log.json"
    )
    assert code == 0, output
    assert "the run log is left out: cannot read log.json" in " ".join(output.split())
    assert out.is_file()


def _png_size(png: Path) -> tuple[int, int]:
    header = png.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


def test_headless_chromium_draws_every_chart(report: Path, tmp_path: Path):
    chromium = shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").is_file() else None
    )
    if chromium is None:
        pytest.skip("headless Chromium not installed: apt-get install chromium; CI installs it")
    screenshot = tmp_path / "report.png"
    rendered = subprocess.run(
        [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={tmp_path / 'profile'}",
            "--virtual-time-budget=10000",
            "--window-size=1400,2400",
            "--dump-dom",
            f"--screenshot={screenshot}",
            report.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    charts = lxml.html.fromstring(report.read_text(encoding="utf-8")).xpath(
        '//div[contains(@class, "plotly-graph-div")]/@id'
    )
    assert len(charts) >= 3, "headline, trend and rule charts"
    dom = lxml.html.fromstring(rendered.stdout)
    undrawn = [
        chart
        for chart in charts
        if not dom.xpath(f'//div[@id="{chart}"]//svg[contains(@class, "main-svg")]')
    ]
    assert undrawn == [], f"charts plotly did not draw: {undrawn}"
    assert not dom.xpath('//*[starts-with(@href, "http") or starts-with(@src, "http")]')

    assert screenshot.is_file() and screenshot.stat().st_size > 50_000
    assert _png_size(screenshot) == (1400, 2400)
