"""`dbt build --selector nightly` as a child process: its progress read from its output, its
whole output kept in a log file, and its death tied to ours (a nightly run killed mid-build
does not leave dbt writing the warehouse)."""

from __future__ import annotations

import ctypes
import json
import os
import re
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cic.paths import PROJECT_ROOT

# "12 of 599 OK created sql table model ssda903.episodes ....... [OK in 0.41s]"
_PROGRESS = re.compile(r"^\S*\s*(\d+) of (\d+) (START|OK|PASS|WARN|ERROR|FAIL|SKIP)\b")
_HOOK = " hook: "
# The line the on-run-end hook log_derived_years writes (macros/cdm/ssda903_derived_years.sql).
_DERIVED = re.compile(r"(?:CMS-fed returns derived|no CMS-fed return derived)\b.*")
_PR_SET_PDEATHSIG = 1


@dataclass
class BuildOutcome:
    returncode: int
    nodes: int = 0
    results: Counter[str] = field(default_factory=Counter)
    log: Path | None = None
    derived: str | None = None  # which years CMS-fed returns were derived for, as dbt said

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """Linux: the child gets SIGKILL when the process that started it dies."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except OSError:
        pass


def dbt_executable() -> str:
    """dbt from the same environment as this Python (the project's venv)."""
    beside = Path(sys.executable).with_name("dbt")
    return str(beside) if beside.exists() else "dbt"


def profiles_dir() -> Path:
    """Where profiles.yml is: the project's own (written by `make bootstrap`)."""
    if not (PROJECT_ROOT / "profiles.yml").is_file():
        raise RuntimeError(
            f"no profiles.yml in {PROJECT_ROOT}: run `make bootstrap` (it copies "
            "profiles.example.yml)"
        )
    return PROJECT_ROOT


def build(
    warehouse: Path,
    dbt_vars: dict[str, object],
    log: Path,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_start: Callable[[], None] | None = None,
    extra: Sequence[str] = (),
) -> BuildOutcome:
    """Run the nightly dbt build against `warehouse`, writing its output to `log`."""
    command = [
        dbt_executable(),
        "build",
        "--selector",
        "nightly",
        "--project-dir",
        str(PROJECT_ROOT),
        "--profiles-dir",
        str(profiles_dir()),
        "--vars",
        json.dumps(dbt_vars),
        "--no-use-colors",
        *extra,
    ]
    env = os.environ | {"CIC_WAREHOUSE": str(warehouse)}
    outcome = BuildOutcome(returncode=-1, log=log)
    with log.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(
            command,
            cwd=PROJECT_ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )
        if on_start is not None:
            on_start()
        assert process.stdout is not None
        for line in process.stdout:
            out.write(line)
            if said := _DERIVED.search(line):
                outcome.derived = said[0].strip()
            match = _PROGRESS.match(line.strip())
            if match is None or _HOOK in line:  # on-run-start hooks count apart: "1 of 1"
                continue
            done, total, status = int(match[1]), int(match[2]), match[3]
            outcome.nodes = total
            if status != "START":
                outcome.results[status] += 1
                if on_progress is not None:
                    on_progress(done, total, status)
        outcome.returncode = process.wait()
    return outcome
