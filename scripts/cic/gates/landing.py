"""The landing gate: each landed load's rows against its raw table's landing contract
(`expectations/landing/<source>__<table>.json`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import duckdb
import pandas as pd

from cic.codegen.expectations import LANDING, PREVIOUS_ROWS, ROW_COUNT_MIN_PREVIOUS
from cic.gates import GateResult
from cic.gates.engine import Checked, Suite, Validator, read_suite
from cic.paths import PROJECT_ROOT


@dataclass(frozen=True)
class _Load:
    """One table a load landed."""

    load_id: int
    source: str
    la: str
    year: str | None
    file: str
    table: str

    @property
    def suite(self) -> str:
        """The landing suite's name."""
        return f"{self.source}__{self.table}"

    @property
    def raw_table(self) -> str:
        """The raw table the load wrote."""
        return f"raw.{self.source}__{self.table}"


def _loads(con: duckdb.DuckDBPyConnection, load_ids: Sequence[int]) -> list[_Load]:
    ids = [int(i) for i in load_ids]
    rows = con.execute(
        """
        select l.load_id, l.source_system, l.la_code, l.collection_year, l.source_file,
               l.status, t.table_name
        from raw._loads as l
        left join raw._load_tables as t on l.load_id = t.load_id
        where list_contains(?, l.load_id)
        order by l.load_id, t.table_name
        """,
        [ids],
    ).fetchall()
    found = {int(r[0]) for r in rows}
    unknown = [i for i in ids if i not in found]
    if unknown:
        raise ValueError(f"no load {', '.join(map(str, unknown))} in raw._loads")
    by_id: dict[int, list[_Load]] = {}
    for load_id, source, la, year, file, status, table in rows:
        if status == "landed" and table is not None:
            by_id.setdefault(int(load_id), []).append(
                _Load(int(load_id), source, la, year, file, table)
            )
    return [load for i in dict.fromkeys(ids) for load in by_id.get(i, [])]


def _previous(con: duckdb.DuckDBPyConnection, load: _Load) -> tuple[int, int] | None:
    """(load id, rows) of the previous landed load of the same LA, source, year and table."""
    row = con.execute(
        """
        select l.load_id, t.rows_landed
        from raw._loads as l
        inner join raw._load_tables as t on l.load_id = t.load_id
        where l.la_code = ? and l.source_system = ?
          and l.collection_year is not distinct from ?
          and t.table_name = ? and l.status = 'landed' and l.load_id < ?
        order by l.load_id desc
        limit 1
        """,
        [load.la, load.source, load.year, load.table, load.load_id],
    ).fetchall()
    return None if not row else (int(row[0][0]), int(row[0][1]))


def _declared_columns(suite: Suite) -> list[str]:
    for expectation in suite["expectations"]:
        if expectation["type"] == "expect_table_columns_to_match_set":
            return [str(c) for c in expectation["kwargs"]["column_set"]]
    return []


def _quote(name: str) -> str:
    """A SQL identifier, quoted."""
    return '"' + name.replace('"', '""') + '"'


def _frame(con: duckdb.DuckDBPyConnection, load: _Load, declared: list[str]) -> pd.DataFrame:
    """The load's rows in file order: each raw column under its declared name, trimmed, blanks
    null (as staging reads them); the audit columns left out."""
    names = {c.lower(): c for c in declared}
    schema, table = load.raw_table.split(".")
    columns = [
        str(r[0])
        for r in con.execute(
            "select column_name from information_schema.columns "
            "where table_schema = ? and table_name = ? order by ordinal_position",
            [schema, table],
        ).fetchall()
        if not str(r[0]).startswith("_")
    ]
    select = ", ".join(
        f"nullif(trim({_quote(c)}), '') as {_quote(names.get(c, c))}" for c in columns
    )
    return con.execute(
        f"select {select} from {load.raw_table} where _load_id = ? order by _source_row",
        [load.load_id],
    ).df()


def _problem(load: _Load, check: Checked, previous: tuple[int, int] | None) -> tuple[str, int]:
    """The problem line and failing count of one failed expectation."""
    where = f"{load.file} ({load.raw_table})"
    kind = check.meta.get("check")
    if check.error and check.column is not None:
        return f"{where}: column {check.column}: could not be checked ({check.error})", 0
    if check.error:
        return f"{where}: {check.type} could not run ({check.error})", 0
    if kind == "columns":
        missing = ", ".join(check.missing_columns)
        return f"{where}: lacks declared column(s) {missing}", len(check.missing_columns)
    column = f"{where}: column {check.column}: {check.unexpected} row(s)"
    if kind == "key":
        return f"{column} blank (a key column)", check.unexpected
    if kind == "date":
        return f"{column} not a date in {check.meta.get('date_format', '')}", check.unexpected
    if kind == "row_count" and previous is not None:
        low, high = check.meta.get("ratio_to_previous_load", ("?", "?"))
        rows = int(check.observed or 0)
        return (
            f"{where}: {rows} row(s), not between {low} and {high} times the {previous[1]} "
            f"row(s) of load {previous[0]}, the previous landed load of the table",
            rows,
        )
    return f"{where}: {check.type} failed", check.unexpected


def _key(check: Checked) -> str:
    """The failing_rows key of a check: e.g. date:DECOM, key:CHILD, columns, row_count."""
    kind = str(check.meta.get("check") or check.type)
    return f"{kind}:{check.column}" if check.column else kind


def _check(
    con: duckdb.DuckDBPyConnection, validator: Validator, load: _Load, suite: Suite
) -> GateResult:
    frame = _frame(con, load, _declared_columns(suite))
    previous = _previous(con, load)
    counted = previous is not None and previous[1] >= ROW_COUNT_MIN_PREVIOUS
    parameters = {PREVIOUS_ROWS: float(previous[1])} if counted and previous else {}
    problems: list[str] = []
    failing: dict[str, int] = {}
    for check in validator.validate(suite, frame, parameters):
        tolerated = check.meta.get("tolerated_rows")
        if check.success or (
            tolerated is not None and not check.error and check.unexpected <= int(tolerated)
        ):
            continue
        line, count = _problem(load, check, previous)
        problems.append(line)
        failing[_key(check)] = count
    return GateResult(load.suite, load.file, not problems, tuple(problems), failing, load.load_id)


def check_loads(con: duckdb.DuckDBPyConnection, load_ids: Sequence[int]) -> list[GateResult]:
    """See `cic.gates.landing_gate`."""
    loads = _loads(con, load_ids)
    if not loads:
        return []
    validator = Validator()
    results = []
    for load in loads:
        path = PROJECT_ROOT / LANDING / f"{load.suite}.json"
        if not path.exists():
            problem = f"{load.file} ({load.raw_table}): no landing suite {path.name}"
            results.append(GateResult(load.suite, load.file, False, (problem,), {}, load.load_id))
            continue
        results.append(_check(con, validator, load, read_suite(path)))
    return results
