"""The errors landing raises: a file that cannot be landed, with where and why."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RejectedRecord:
    """A data row of a rejected file: its 1-based row, text and own reason."""

    row: int
    text: str
    reason: str | None = None


class RejectedFile(Exception):
    """A file that cannot be landed. `row` is the first data row at fault, None for the file.

    `records` holds every data row that was read before or despite the fault, so that each is
    recorded as rejected and nothing that arrived is lost.
    """

    def __init__(
        self, reason: str, row: int | None = None, records: list[RejectedRecord] | None = None
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.row = row
        self.records = records or []


class NoHeader(RejectedFile):
    """A file whose first row names no column of any table: its header is missing, or lies
    below a title (`cic.land.lander` looks a few rows down for it)."""
