"""What a parsed file holds, and recognising a file's table by its set of column names.

CSV files are read by DuckDB (cic.land.csv_duckdb) and, where DuckDB refuses one, row by row
(cic.land.csv_rows); XML files by cic.land.xml_file."""

from __future__ import annotations

from dataclasses import dataclass, field

from cic.land.errors import NoHeader, RejectedFile
from cic.ssda903 import TABLES, XML_ITEM_NAMES, Table, normalise_header

Record = dict[str, str]  # lower-case column name -> value exactly as in the file
# Delimiters a spreadsheet may have saved a "CSV" with; a 903 file is comma-separated.
_DELIMITERS = {";": "semicolons", "\t": "tabs", "|": "vertical bars"}


@dataclass
class ParsedFile:
    """What a file holds: rows per table, each with its 1-based data row (CSV) or its
    number among the table's records in document order (XML)."""

    tables: dict[str, list[tuple[int, Record]]] = field(default_factory=dict)

    @property
    def rows_read(self) -> int:
        return sum(len(rows) for rows in self.tables.values())


def _bare_name(column: str) -> str:
    """A column name without the dress a database export puts on it: brackets or quotes around
    it, a table's name and a dot before it."""
    return normalise_header(column.rsplit(".", 1)[-1].strip("[]`'\" "))


def _quoted_line(column: str, tables: tuple[Table, ...]) -> bool:
    """Whether a header read as one column is a whole header line inside quotes: split at its
    commas, it names the columns of one of `tables`."""
    names = {normalise_header(part) for part in column.split(",")}
    return len(names) > 1 and any(
        names == {normalise_header(c) for c in table.columns} for table in tables
    )


def identify(columns: list[str], tables: tuple[Table, ...] = TABLES, family: str = "903") -> Table:
    """The table of `tables` whose column set equals `columns` (already normalised).

    A rejection names the columns it expected and the positions of those it did not: a file
    whose header row is missing has a child's data in its first row, which no message repeats.
    """
    found = set(columns)
    if columns and columns[0].startswith("SEP=") and len(columns) <= 2:
        raise RejectedFile(
            "the first line is a spreadsheet's delimiter directive (sep=), not the header: "
            "delete that line and land the file again"
        )
    if len(columns) == 1 and _quoted_line(columns[0], tables):
        raise RejectedFile(
            "unknown header: one quoted value holding the column names and their commas: each "
            "line is wrapped in quotes (text pasted into one spreadsheet column?); remove the "
            "quotes around each line and land the file again"
        )
    if len(columns) == 1:
        delimiter = next((d for d in _DELIMITERS if d in columns[0]), None)
        if delimiter:
            raise RejectedFile(
                f"unknown header: one column, divided by {_DELIMITERS[delimiter]}: a 903 file "
                "is comma-separated; save it again as CSV with commas"
            )
    twice = [n for n, c in enumerate(columns, start=1) if c and columns.count(c) > 1]
    if twice:
        raise RejectedFile(
            f"the header names a column twice (columns {', '.join(map(str, twice))})"
        )
    for table in tables:
        if found == {normalise_header(c) for c in table.columns}:
            return table
    if not tables:
        raise RejectedFile(f"no {family} tables are defined")

    def expected(table: Table) -> list[str]:
        return [normalise_header(c) for c in table.columns]

    bare = {_bare_name(c) for c in columns}
    dressed = next((t for t in tables if bare == set(expected(t)) and bare != found), None)
    if dressed is not None:
        raise RejectedFile(
            f"unknown header: the columns are {dressed.dfe_name}'s, but their names carry a "
            "prefix or brackets (as a database export writes them: Table.CHILD, [CHILD]); "
            "name each column as DfE does and land the file again"
        )

    best = max(tables, key=lambda t: len(found & set(expected(t))) - len(found ^ set(expected(t))))
    if not found & set(expected(best)) - {"CHILD", "DOB"}:
        raise NoHeader(
            f"unknown header: its {len(columns)} columns match no {family} table "
            "(is the header row missing?)"
        )
    missing = [c for c in expected(best) if c not in found]
    blank = [n for n, c in enumerate(columns, start=1) if not c]
    extra = [n for n, c in enumerate(columns, start=1) if c and c not in expected(best)]
    parts = []
    if missing:
        parts.append(f"missing {', '.join(missing)}")
    if blank:
        trailing = " (a comma at the end of the header?)" if blank == [len(columns)] else ""
        parts.append(f"blank column name at position {', '.join(map(str, blank))}{trailing}")
    if extra:
        parts.append(f"unexpected column(s) at position {', '.join(map(str, extra))}")
    hint = ""
    xml_named = [
        f"{c} for {XML_ITEM_NAMES[c]}"
        for c in columns
        if c in XML_ITEM_NAMES and XML_ITEM_NAMES[c] in missing
    ]
    if xml_named:
        hint = (
            f": the header uses the XML's item names ({', '.join(xml_named)}); a CSV file "
            "names its columns as DfE's CSV files do"
        )
    elif not missing and sorted(blank + extra) == [1]:
        hint = (
            f": every other column is {best.dfe_name}'s; delete the first (a row number, as "
            "pandas and R write by default?) and land the file again"
        )
    raise RejectedFile(
        f"unknown header: its columns match no {family} table; nearest is {best.dfe_name} "
        f"({'; '.join(parts)}){hint}"
    )
