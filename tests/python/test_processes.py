"""The benchmarks' child-process measurement: wall time, exit code and peak memory; and the
partial-parse file that dbt invocations share."""

from __future__ import annotations

import sys
from pathlib import Path

from cic.paths import PROJECT_ROOT
from cic_lab import processes
from cic_lab.processes import PARSE_CACHE_ENV, Measured, dbt, measure

# A parent that starts a child holding about 200 MB for a second, then waits for it: the
# parent's own memory stays small, as dbt-spark's Python process beside Spark's JVM.
PARENT = """
import subprocess, sys
child = "b = bytearray(200 * 1024 * 1024); import time; time.sleep(1.2)"
subprocess.run([sys.executable, "-c", child], check=True)
"""


def test_the_tree_peak_counts_the_memory_of_a_child_process():
    alone = measure([sys.executable, "-c", PARENT])
    tree = measure([sys.executable, "-c", PARENT], tree=True)
    assert alone.returncode == tree.returncode == 0
    assert alone.peak_rss_mb < 100  # the parent alone never holds the child's 200 MB
    assert tree.peak_rss_mb > 200


def test_a_failing_command_keeps_its_exit_code_and_output():
    failed = measure([sys.executable, "-c", "import sys; print('out'); sys.exit(3)"])
    assert failed.returncode == 3
    assert failed.stdout.strip() == "out"
    assert failed.wall_seconds > 0


def test_a_copy_of_the_project_reads_the_shared_parse_and_never_writes_it(tmp_path, monkeypatch):
    """dbt itself is stood in for: it says whether it found a partial-parse file in its target
    folder, and leaves one naming the project it parsed."""
    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setenv(PARSE_CACHE_ENV, str(cache))
    found: list[str | None] = []

    def fake_dbt(command: list[str], **_: object) -> Measured:
        parsed = Path(command[command.index("--target-path") + 1]) / "partial_parse.msgpack"
        found.append(parsed.read_text() if parsed.exists() else None)
        parsed.parent.mkdir(parents=True, exist_ok=True)
        parsed.write_text(command[command.index("--project-dir") + 1])
        return Measured(0, "", "", 0.0, 0.0)

    monkeypatch.setattr(processes, "measure", fake_dbt)
    warehouse = tmp_path / "warehouse" / "build.duckdb"
    copy = str(tmp_path / "copy")
    dbt(warehouse, tmp_path / "first", "parse", "--project-dir", copy, "--vars", "{}")
    assert list(cache.iterdir()) == []  # a copy's parse is not the project's
    dbt(warehouse, tmp_path / "second", "parse", "--vars", "{}")
    (kept,) = cache.iterdir()
    assert kept.read_text() == str(PROJECT_ROOT)
    dbt(warehouse, tmp_path / "third", "parse", "--project-dir", copy, "--vars", "{}")
    dbt(warehouse, tmp_path / "fourth", "parse", "--vars", '{"other": 1}')
    assert found == [None, None, str(PROJECT_ROOT), None]  # other vars: another parse
    assert kept.read_text() == str(PROJECT_ROOT)
