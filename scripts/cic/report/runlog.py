"""The nightly's run log: when the run started and finished, and each step's time.

The log is a JSON file `cic nightly` writes:
`{"started_at": iso, "finished_at": iso, "status": "ok"|"failed",
  "steps": [{"step": str, "la": str|null, "seconds": float, "status": str, "detail": str}]}`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Step:
    """One step of the run (land, build, export ... for one council or for all)."""

    step: str
    la: str | None
    seconds: float
    status: str
    detail: str


@dataclass(frozen=True)
class RunLog:
    """The run as its log tells it."""

    started_at: datetime | None
    finished_at: datetime | None
    status: str
    steps: tuple[Step, ...]

    @property
    def seconds(self) -> float | None:
        """Wall-clock time of the whole run, when the log has both ends."""
        if self.started_at is None or self.finished_at is None:
            return None
        return (self.finished_at - self.started_at).total_seconds()


def as_utc(moment: datetime) -> datetime:
    """A naive time is taken as UTC (the warehouse records UTC); an aware one is converted."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _moment(value: Any, key: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key} is not an ISO date and time")
    try:
        return as_utc(datetime.fromisoformat(value))
    except ValueError as exc:
        raise ValueError(f"{key} is not an ISO date and time: {value!r}") from exc


def _step(raw: Any) -> Step:
    if not isinstance(raw, dict) or not isinstance(raw.get("step"), str):
        raise ValueError("each step needs a name (step)")
    la = raw.get("la")
    seconds = raw.get("seconds", 0.0)
    if not isinstance(seconds, int | float) or isinstance(seconds, bool):
        raise ValueError(f"step {raw['step']!r}: seconds is not a number")
    return Step(
        step=raw["step"],
        la=None if la is None else str(la),
        seconds=float(seconds),
        status=str(raw.get("status", "")),
        detail=str(raw.get("detail") or ""),
    )


def read_run_log(path: Path | None) -> RunLog | None:
    """The run log at `path`; None when no path is given or no file is there.

    Raises ValueError when the file is there but is not a run log."""
    if path is None or not path.is_file():
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"cannot read {path.name}: {exc}") from exc
    if not isinstance(raw, dict):
        raise ValueError(f"{path.name} does not hold a JSON object")
    steps = raw.get("steps") or []
    if not isinstance(steps, list):
        raise ValueError(f"{path.name}: steps is not a list")
    return RunLog(
        started_at=_moment(raw.get("started_at"), "started_at"),
        finished_at=_moment(raw.get("finished_at"), "finished_at"),
        status=str(raw.get("status", "unknown")),
        steps=tuple(_step(s) for s in steps),
    )
