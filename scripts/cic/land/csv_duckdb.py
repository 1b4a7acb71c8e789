"""A UTF-8 CSV file straight into its raw table with DuckDB's reader: one `insert ... select`,
no row passing through Python.

The reader is told everything and guesses nothing: comma, RFC 4180 quotes (a doubled quote
inside a quoted value), no header (the header row is read as row 1, so that DuckDB checks its
width too, and left out), as many columns as the header has, every value as text, strict mode
(a quote that is not closed, text after a closing quote, a row with more or fewer fields than
the header: an error, never a guess) and no padding of short rows. Blank lines are skipped, as
they are not rows. An empty value lands as '' (as Python's reader gives it), not null: null is
spelt as a line end (`nullstr`), which no unquoted value can hold, and a quoted value is never
null. That also stops DuckDB dropping empty fields beyond the header's width (a comma at the
end of each row): read as text, they count, and such a row is ragged.

Rows are numbered in file order by `row_number() over ()`, which DuckDB keeps in the order it
read them while `preserve_insertion_order` is on (landing sets it).

Any error DuckDB raises reading the file is left to the caller, who reads the file again in
Python to find the row and the reason (cic.land.csv_rows): DuckDB's own messages quote the row.
"""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

import duckdb

READ_ERRORS = (duckdb.InvalidInputException, duckdb.ConversionException)
GLOB = frozenset("*?[]{}")  # read_csv expands these in a path: such a file is read by a link


def _utf8(text: str) -> bool:
    """Whether a path can be written in SQL: a name made on another system may hold bytes that
    are not UTF-8 (Python holds them as lone surrogates); such a file is read by a link."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def sql_literal(text: str) -> str:
    """`text` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def reader(path: Path, width: int) -> str:
    """The read_csv call for a file of `width` columns, named c0, c1, ..."""
    columns = ", ".join(f"'c{i}': 'varchar'" for i in range(width))
    return (
        f"read_csv({sql_literal(str(path))}, columns = {{{columns}}}, header = false, "
        "auto_detect = false, delim = ',', quote = '\"', escape = '\"', strict_mode = true, "
        "null_padding = false, all_varchar = true, nullstr = chr(10), allow_quoted_nulls = false)"
    )


def insert_csv(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    table: str,
    columns: list[str],
    audit: tuple[int, str, str, str | None, datetime],
) -> int:
    """Insert the data rows of the CSV at `path`, whose header names `columns` (the raw table's
    column names, in file order), into `table` with the audit columns; return how many.
    `audit` is (load id, source file name, LA code, collection year, loaded at)."""
    values = ", ".join(f"coalesce(c{i}, '')" for i in range(len(columns)))
    targets = ", ".join(
        [
            *columns,
            "_load_id",
            "_source_file",
            "_source_row",
            "_la_code",
            "_collection_year",
            "_loaded_at",
        ]
    )
    if GLOB & set(str(path)) or not _utf8(str(path)):
        with tempfile.TemporaryDirectory(prefix="cic-land-") as scratch:
            link = Path(scratch) / "file.csv"
            link.symlink_to(path.resolve())
            return insert_csv(con, link, table, columns, audit)
    load_id, file_name, la, year, now = audit
    row = con.execute(
        f"""
        insert into {table} ({targets})
        select {values}, ?, ?, (n - 1)::integer, ?, ?, ?
        from (select *, row_number() over () as n from {reader(path, len(columns))})
        where n > 1
        """,
        [load_id, file_name, la, year, now],
    ).fetchone()
    return int(row[0]) if row else 0
