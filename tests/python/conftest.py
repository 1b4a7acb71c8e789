"""Shared fixtures: a private warehouse per test, the cic CLI in-process, dbt as a subprocess."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from cic.cli import app
from cic_lab.processes import Measured
from cic_lab.processes import dbt as run_dbt


@pytest.fixture
def warehouse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "warehouse" / "build.duckdb"
    monkeypatch.setenv("CIC_WAREHOUSE", str(path))
    return path


CliResult = tuple[int, str]


@pytest.fixture
def cic() -> Callable[..., CliResult]:
    """Run `cic ARGS...` in-process; return (exit code, stdout + stderr)."""

    def run(*args: str | Path) -> CliResult:
        result = CliRunner().invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})
        return result.exit_code, result.output

    return run


def query(path: Path, sql: str, params: list[object] | None = None) -> list[tuple[object, ...]]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def dbt(warehouse_path: Path, target_dir: Path, *args: str) -> Measured:
    """Run dbt against `warehouse_path`, keeping its artefacts out of the project's target/."""
    return run_dbt(warehouse_path, target_dir, *args)


@pytest.fixture(scope="session")
def nightly_outputs() -> Path:
    """A folder holding what one `cic nightly` run leaves: published/cic.duckdb (the marts),
    exports/<la>/<year>/ (the CSV returns). PLACEHOLDER until `cic nightly` exists: set
    CIC_TEST_NIGHTLY_DIR to such a folder."""
    import os

    folder = os.environ.get("CIC_TEST_NIGHTLY_DIR")
    if not folder:
        pytest.skip("CIC_TEST_NIGHTLY_DIR is not set (placeholder until cic nightly exists)")
    return Path(folder)
