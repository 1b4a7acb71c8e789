"""Shared fixtures: a private warehouse per test, the cic CLI in-process, dbt as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from cic.cli import app
from cic.paths import PROJECT_ROOT

DBT = Path(sys.executable).parent / "dbt"


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


def dbt(warehouse_path: Path, target_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run dbt against `warehouse_path`, keeping its artefacts out of the project's target/."""
    env = os.environ | {"CIC_WAREHOUSE": str(warehouse_path)}
    profiles = PROJECT_ROOT / "profiles.yml"
    profiles_dir = PROJECT_ROOT if profiles.exists() else target_dir
    if not profiles.exists():
        target_dir.mkdir(parents=True, exist_ok=True)
        (target_dir / "profiles.yml").write_text(
            (PROJECT_ROOT / "profiles.example.yml").read_text()
        )
    return subprocess.run(
        [
            str(DBT),
            *args,
            "--profiles-dir",
            str(profiles_dir),
            "--target-path",
            str(target_dir / "dbt_target"),
            "--log-path",
            str(target_dir / "dbt_logs"),
        ],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
