"""The Great Expectations gates of the nightly run: the landing contract on each landed file and
the submission gate on each exported return, and the Data Docs of their suites.

The suites are generated files (`expectations/`, written by `cic codegen` from the same
declarations and seeds the dbt models read, see `cic.codegen.expectations`); the gates run them
through GX's pandas datasource in one ephemeral context per call, every expectation of a suite in
one validation. What a gate reports names files, columns, rules and counts, never a value from
the data.

Great Expectations is slow to import: it is imported on the first gate call, not with this
package.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb


@dataclass(frozen=True)
class GateResult:
    """What one gate found in one file."""

    suite: str  # e.g. "ssda903__episodes" or "submission_2025-26__episodes"
    subject: str  # the file checked: the landed source file's name, or the exported CSV's path
    passed: bool
    # One line per failed expectation, naming the file and column; never a value from the data.
    problems: tuple[str, ...]
    # Submission gate: DfE rule code -> failing rows. Landing: check (e.g. "date:DECOM",
    # "key:CHILD", "columns", "row_count") -> failing rows (row_count: the rows landed). Only
    # what failed is listed.
    failing_rows: dict[str, int]
    load_id: int | None = None  # landing gate: the load (raw._loads) the file landed as


def landing_gate(con: duckdb.DuckDBPyConnection, load_ids: Sequence[int]) -> list[GateResult]:
    """Check landed loads against their landing contract (`expectations/landing/`).

    One result per load and table it landed (a CSV file lands one table; an XML file one per
    table it held), in the order of `load_ids`. Each reads the load's rows from its raw table
    (raw._load_tables says which), trimmed with blanks as null, and picks the suite by source
    system and table; the row-count bounds come from the previous load of the same LA, source,
    collection year and table with status 'landed' (without one, no count check). A load that
    did not land (status rejected) has no rows and gives no result; an id that is no load is a
    ValueError.
    """
    from cic.gates.landing import check_loads

    return check_loads(con, load_ids)


def submission_gate(folder: Path, year: str) -> list[GateResult]:
    """Check an exported return (`cic export` CSVs: <table>.csv) against the single-field rules
    in force in `year` (`expectations/submission/<year>/`).

    One result per CSV in `folder`, in the return's table order: every value read as text,
    blanks (empty or spaces) as null. A CSV that is no table of the year's return fails, as does
    a table of the year whose CSV is missing (its result names the path it expected).
    """
    from cic.gates.submission import check_folder

    return check_folder(folder, year)


def write_data_docs(out_dir: Path) -> Path:
    """Write GX Data Docs of every suite under `out_dir` and return its index.html.

    The pages open offline: the CDN stylesheets and scripts GX's templates link are dropped (a
    small inline stylesheet stands in), its remote logo is replaced by the copy GX ships, and the
    index is a static page listing every suite with the DfE rule codes of its expectations.
    """
    from cic.gates.docs import write

    return write(out_dir)


__all__ = ["GateResult", "landing_gate", "submission_gate", "write_data_docs"]
