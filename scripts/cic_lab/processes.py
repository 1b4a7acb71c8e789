"""Child processes with their own wall time and peak memory, and dbt run on a chosen warehouse.

Peak memory is the child's VmHWM, read from /proc while it runs: the rusage a parent gets back
counts the parent's own memory at fork time too, which would make every child look as big as
the process that started it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from cic.paths import PROJECT_ROOT

DBT = Path(sys.executable).parent / "dbt"


@dataclass(frozen=True)
class Measured:
    """A finished child process: exit code, output, wall seconds and peak resident memory."""

    returncode: int
    stdout: str
    stderr: str
    wall_seconds: float
    peak_rss_mb: float


def _high_water_kb(pid: int) -> int:
    try:
        with Path(f"/proc/{pid}/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError, PermissionError, ValueError):
        pass
    return 0


def measure(
    command: list[str], env: dict[str, str] | None = None, cwd: Path | None = None
) -> Measured:
    """Run `command`, sampling its memory high-water mark until it exits."""
    started = time.perf_counter()
    peak_kb = 0
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(
            command, cwd=cwd or PROJECT_ROOT, env=env, stdout=out, stderr=err, text=True
        )
        while True:
            peak_kb = max(peak_kb, _high_water_kb(process.pid))
            try:
                process.wait(timeout=0.02)
                break
            except subprocess.TimeoutExpired:
                continue
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        return Measured(process.returncode, out.read(), err.read(), wall, peak_kb / 1024)


def profiles_dir(scratch: Path) -> Path:
    """The project's profiles.yml, or a copy of the example in `scratch` when there is none."""
    if (PROJECT_ROOT / "profiles.yml").exists():
        return PROJECT_ROOT
    scratch.mkdir(parents=True, exist_ok=True)
    (scratch / "profiles.yml").write_text((PROJECT_ROOT / "profiles.example.yml").read_text())
    return scratch


def dbt(warehouse: Path, scratch: Path, *args: str) -> Measured:
    """`dbt ARGS` against `warehouse`, keeping target/ and logs/ in `scratch`."""
    env = os.environ | {"CIC_WAREHOUSE": str(warehouse)}
    return measure(
        [
            str(DBT),
            *args,
            "--profiles-dir",
            str(profiles_dir(scratch)),
            "--target-path",
            str(scratch / "dbt_target"),
            "--log-path",
            str(scratch / "dbt_logs"),
        ],
        env=env,
    )
