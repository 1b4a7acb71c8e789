"""What a parsed file holds, and recognising a file's table by its set of column names.

CSV files are read by DuckDB (cic.land.csv_duckdb) and, where DuckDB refuses one, row by row
(cic.land.csv_rows); XML files by cic.land.xml_file."""

from __future__ import annotations

from dataclasses import dataclass, field

from cic.land.errors import RejectedFile
from cic.ssda903 import TABLES, Table, normalise_header

Record = dict[str, str]  # lower-case column name -> value exactly as in the file


@dataclass
class ParsedFile:
    """What a file holds: rows per table, each with its 1-based data row (CSV) or line (XML)."""

    tables: dict[str, list[tuple[int, Record]]] = field(default_factory=dict)

    @property
    def rows_read(self) -> int:
        return sum(len(rows) for rows in self.tables.values())


def identify(columns: list[str], tables: tuple[Table, ...] = TABLES, family: str = "903") -> Table:
    """The table of `tables` whose column set equals `columns` (already normalised).

    A rejection names the columns it expected and the positions of those it did not: a file
    whose header row is missing has a child's data in its first row, which no message repeats.
    """
    found = set(columns)
    twice = [n for n, c in enumerate(columns, start=1) if columns.count(c) > 1]
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

    best = max(tables, key=lambda t: len(found & set(expected(t))) - len(found ^ set(expected(t))))
    if not found & set(expected(best)) - {"CHILD", "DOB"}:
        raise RejectedFile(
            f"unknown header: its {len(columns)} columns match no {family} table "
            "(is the header row missing?)"
        )
    missing = [c for c in expected(best) if c not in found]
    extra = [str(n) for n, c in enumerate(columns, start=1) if c not in expected(best)]
    parts = []
    if missing:
        parts.append(f"missing {', '.join(missing)}")
    if extra:
        parts.append(f"unexpected column(s) at position {', '.join(extra)}")
    raise RejectedFile(
        f"unknown header: its columns match no {family} table; nearest is {best.dfe_name} "
        f"({'; '.join(parts)})"
    )
