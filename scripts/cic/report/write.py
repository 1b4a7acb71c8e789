"""Write the report: read the warehouse, render the page, replace the file atomically."""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from cic.report.page import render
from cic.report.read import read_warehouse
from cic.report.runlog import RunLog, read_run_log

OWNER_ONLY = 0o600


def _run_log(path: Path | None) -> tuple[RunLog | None, str | None]:
    """The run log, or why it could not be read: a bad log costs the report one section."""
    try:
        return read_run_log(path), None
    except ValueError as exc:
        return None, str(exc)


def write_private(out: Path, text: str) -> None:
    """Write `text` to `out`, readable by its owner alone, so that a reader never sees half a
    file: into a temporary file in the same folder, then renamed over `out`."""
    out.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    descriptor, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.chmod(OWNER_ONLY)
        temporary.replace(out)  # os.replace: atomic within one file system
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_report(database: Path, out: Path, run_log: Path | None = None) -> Path:
    """Write the nightly report on the published warehouse `database` to `out` and return
    `out`. `run_log` is the nightly's JSON run log: when given and readable, the report shows
    the run's steps and timings.

    Raises FileNotFoundError when `database` does not exist, and duckdb.Error when it is not a
    warehouse built with every mart."""
    warehouse = read_warehouse(database)
    log, problem = _run_log(run_log)
    page = render(
        warehouse,
        database_name=database.name,
        written_at=datetime.now(UTC),
        run_log=log,
        run_log_problem=problem,
    )
    write_private(out, page)
    return out
