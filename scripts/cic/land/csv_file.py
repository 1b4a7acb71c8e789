"""Read a decoded 903 CSV: recognise its table by its set of column names, check its shape."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from cic.land.errors import RejectedFile, RejectedRecord
from cic.ssda903 import TABLES, Table, normalise_header

Record = dict[str, str]  # lower-case column name -> value exactly as in the file


@dataclass
class ParsedFile:
    """What a file holds: rows per table, each with its 1-based data row (CSV) or line (XML)."""

    tables: dict[str, list[tuple[int, Record]]] = field(default_factory=dict)

    @property
    def rows_read(self) -> int:
        return sum(len(rows) for rows in self.tables.values())


def serialise(fields: list[str]) -> str:
    """A record as one CSV line, for the rejects table."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow(fields)
    return buffer.getvalue()


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


def _read_records(text: str) -> tuple[list[str] | None, list[tuple[int, list[str]]]]:
    """Header and data rows, numbered from 1. Blank lines are not rows."""
    reader = csv.reader(io.StringIO(text, newline=""))
    records: list[tuple[int, list[str]]] = []
    try:
        header = next(reader, None)
        for fields in reader:
            if fields:
                records.append((len(records) + 1, fields))
    except csv.Error as exc:
        raise RejectedFile(
            f"not a readable CSV at data row {len(records) + 1}: {exc}",
            row=len(records) + 1,
            records=[RejectedRecord(n, serialise(f)) for n, f in records],
        ) from exc
    return header, records


def parse_csv(text: str, tables: tuple[Table, ...] = TABLES, family: str = "903") -> ParsedFile:
    """Parse a whole CSV text into the rows of the one table of `tables` it holds. (Landing
    reads files with DuckDB, cic.land.csv_duckdb; this reads text in memory.)"""
    header, records = _read_records(text)

    def rejected() -> list[RejectedRecord]:
        """Every row, for a file rejected whole (built only then: large files land often)."""
        return [RejectedRecord(n, serialise(f)) for n, f in records]

    if header is None or not any(h.strip() for h in header):
        raise RejectedFile("empty file: no header row", records=rejected())
    columns = [normalise_header(h) for h in header]
    try:
        table = identify(columns, tables, family)
    except RejectedFile as exc:
        raise RejectedFile(exc.reason, records=rejected()) from exc
    ragged = [(n, len(f)) for n, f in records if len(f) != len(columns)]
    if ragged:
        shown = ", ".join(f"row {n} has {k} fields" for n, k in ragged[:5])
        more = f" and {len(ragged) - 5} more" if len(ragged) > 5 else ""
        lengths = dict(ragged)
        raise RejectedFile(
            f"ragged rows: the header has {len(columns)} columns but {shown}{more}",
            row=ragged[0][0],
            records=[
                RejectedRecord(
                    r.row,
                    r.text,
                    f"row has {lengths[r.row]} fields, the header {len(columns)}"
                    if r.row in lengths
                    else None,
                )
                for r in rejected()
            ],
        )
    names = [c.lower() for c in columns]
    rows = [(n, dict(zip(names, fields, strict=True))) for n, fields in records]
    return ParsedFile({table.name: rows})
