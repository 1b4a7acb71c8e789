"""What the report shows, read from the published warehouse: plain frozen records.

Nothing here holds a child's personal details beyond the child id: offending values are
reduced to the names of the columns they came from before they reach these records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Council:
    """A council whose return the warehouse holds."""

    code: str
    name: str | None

    @property
    def label(self) -> str:
        """`886 Kent`, or the code alone when the council has no name on record."""
        return f"{self.code} {self.name}" if self.name else self.code


@dataclass(frozen=True)
class ReturnStatus:
    """One council's return for one collection year, against DfE's two stages."""

    la_code: str
    collection_year: str
    passes_stage_1: bool
    stage_1_errors: int
    stage_2_queries: int
    rules_failing: int
    children_with_errors: int


@dataclass(frozen=True)
class RuleFailure:
    """A rule that fails in one return: how many records and children fail it."""

    la_code: str
    collection_year: str
    rule_code: str
    stage: str
    description: str
    failing_records: int
    failing_children: int


@dataclass(frozen=True)
class ErrorLine:
    """A rule a child's records fail, with the same columns at fault: where the records are
    and which columns to look at. `records` counts them; `source_rows` are their rows in
    `source_file` (none for records derived from a CMS extract)."""

    rule_code: str
    stage: str
    table: str
    fields: tuple[str, ...]
    at_fault: tuple[str, ...]
    source_file: str | None
    source_rows: tuple[int, ...]
    records: int
    message: str

    @property
    def columns(self) -> tuple[tuple[str, bool], ...]:
        """The columns to check: those the rule reads, then any other at fault, each with
        whether it holds a value the rule found at fault."""
        extra = tuple(name for name in self.at_fault if name not in self.fields)
        return tuple((name, name in self.at_fault) for name in self.fields + extra)

    @property
    def place(self) -> str:
        """`Episodes, episodes.csv rows 3, 4`; for records derived from a CMS extract, which
        have no file row, the table and how many records (`Episodes, 6 records`)."""
        if not self.source_file or not self.source_rows:
            return self.table if self.records == 1 else f"{self.table}, {self.records} records"
        rows = ", ".join(str(row) for row in self.source_rows)
        noun = "row" if len(self.source_rows) == 1 else "rows"
        return f"{self.table}, {self.source_file} {noun} {rows}"


@dataclass(frozen=True)
class ChildErrors:
    """A child among those with the most failing records in a return."""

    la_code: str
    collection_year: str
    rank: int
    child: str
    errors: tuple[ErrorLine, ...]

    @property
    def records(self) -> int:
        """How many failing records the child has."""
        return sum(e.records for e in self.errors)

    @property
    def stage_1(self) -> int:
        """How many of the child's failing records fail a Stage 1 rule."""
        return sum(e.records for e in self.errors if e.stage == "1")


@dataclass(frozen=True)
class TrendPoint:
    """Failing records of one stage in one return at one build."""

    la_code: str
    collection_year: str
    stage: str
    built_at: datetime
    failing_records: int


@dataclass(frozen=True)
class Headline:
    """Children counted in one return (definitions in `cic.report.headline`)."""

    la_code: str
    collection_year: str
    children_in_return: int
    looked_after_31_march: int
    started: int
    ceased: int


@dataclass(frozen=True)
class Benchmark:
    """One council's value of a headline measure in one year, beside its region's, its
    statistical neighbours' (mean and median of those the warehouse holds) and England's."""

    la_code: str
    measure_id: str
    label: str
    unit: str
    time_period: int
    council: float | None
    region: float | None
    neighbours_mean: float | None
    neighbours_median: float | None
    england: float | None

    @property
    def year(self) -> str:
        """The collection year: `2024-25` for time period 2025."""
        return f"{self.time_period - 1}-{str(self.time_period)[2:]}"


@dataclass(frozen=True)
class Warehouse:
    """Everything the report reads from one published warehouse."""

    councils: tuple[Council, ...]
    returns: tuple[ReturnStatus, ...]
    rules: tuple[RuleFailure, ...]
    children: tuple[ChildErrors, ...]
    trend: tuple[TrendPoint, ...]
    headlines: tuple[Headline, ...]
    built_at: datetime | None
    benchmarks: tuple[Benchmark, ...] = ()
