"""The suite's own scheduling: with `pytest -n 2 --dist loadgroup` (what `make test` runs), every
test of a module runs on one worker, so that a module's fixtures are built once."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

MODULE = """
import os
from pathlib import Path

import pytest


@pytest.mark.parametrize("n", range(6))
def test_records_its_worker(n):
    out = Path(__file__).with_suffix(".workers")
    with out.open("a", encoding="utf-8") as handle:
        handle.write(os.environ["PYTEST_XDIST_WORKER"] + "\\n")
"""


def test_each_module_runs_on_one_worker(tmp_path: Path) -> None:
    shutil.copy2(Path(__file__).with_name("conftest.py"), tmp_path / "conftest.py")
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    for name in ("test_one", "test_two", "test_three"):
        (tmp_path / f"{name}.py").write_text(MODULE, encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-n",
            "2",
            "--dist",
            "loadgroup",
            "-p",
            "no:cacheprovider",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:]
    workers: dict[str, set[str]] = defaultdict(set)
    for path in tmp_path.glob("*.workers"):
        lines = path.read_text(encoding="utf-8").split()
        assert len(lines) == 6, path.name
        workers[path.stem].update(lines)
    assert sorted(workers) == ["test_one", "test_three", "test_two"]
    split = {module: sorted(names) for module, names in workers.items() if len(names) > 1}
    assert not split, f"modules whose tests ran on more than one worker: {split}"


def test_a_module_with_a_slow_test_is_handed_out_first(tmp_path: Path) -> None:
    """Slow modules first, and of those a module that builds a copy of the project last."""
    shutil.copy2(Path(__file__).with_name("conftest.py"), tmp_path / "conftest.py")
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\nmarkers =\n    slow: slow\n    copies_project: copies\n", encoding="utf-8"
    )
    (tmp_path / "test_a.py").write_text("def test_quick():\n    pass\n", encoding="utf-8")
    (tmp_path / "test_b.py").write_text(
        "import pytest\n\n\n@pytest.mark.slow\n@pytest.mark.copies_project\n"
        "def test_copy():\n    pass\n",
        encoding="utf-8",
    )
    (tmp_path / "test_c.py").write_text(
        "import pytest\n\n\ndef test_quick():\n    pass\n\n\n"
        "@pytest.mark.slow\ndef test_slow():\n    pass\n",
        encoding="utf-8",
    )
    listed = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert listed.returncode == 0, listed.stdout[-2000:]
    ids = [line for line in listed.stdout.splitlines() if "::" in line]
    assert ids == [
        "test_c.py::test_quick",
        "test_c.py::test_slow",
        "test_b.py::test_copy",
        "test_a.py::test_quick",
    ]
