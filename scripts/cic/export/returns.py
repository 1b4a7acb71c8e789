"""Read one LA's return for one year from the ssda903 marts and write it as DfE receives it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb

from cic.export.files import Row, unplaced_in_xml, write_csv_set, write_xml
from cic.ssda903 import TABLES, XML_ONLY_COLUMNS, Table


@dataclass(frozen=True)
class Exported:
    """What an export wrote: files, rows per table, and rows XML could not place."""

    files: list[Path]
    rows: dict[str, int]
    unplaced: dict[str, int]


def _select_list(table: Table) -> str:
    """The return's columns under their DfE names, then where each row was landed from (for
    problems to name; the files written hold the DfE columns only)."""
    columns = table.columns + XML_ONLY_COLUMNS.get(table.name, ())
    return ", ".join(
        [
            *(
                f'{c.lower()}_text as "{c}"' if c in table.dates else f'{c.lower()} as "{c}"'
                for c in columns
            ),
            "_source_file",
            "_source_row",
        ]
    )


def read_return(con: duckdb.DuckDBPyConnection, la: str, year: str) -> dict[str, list[Row]]:
    """Every table of the return for (la, year): landed rows in their landed order, derived
    rows after them in the order of their values."""
    tables: dict[str, list[Row]] = {}
    for table in TABLES:
        if not table.exists_in(year):
            continue
        # Landed rows in their file order; rows derived from a CMS extract (no file) after them,
        # ordered by their values so that an export is the same every time.
        positions = ", ".join(
            str(i + 1) for i in range(len(table.columns + XML_ONLY_COLUMNS.get(table.name, ())))
        )
        try:
            cursor = con.execute(
                f"select {_select_list(table)} from ssda903.{table.name} "
                "where la_code = ? and collection_year = ? "
                f"order by _source_file, _source_row, {positions}",
                [la, year],
            )
        except duckdb.CatalogException as exc:
            raise RuntimeError(
                f"the mart ssda903.{table.name} does not exist: run `dbt build` first"
            ) from exc
        names = [d[0] for d in cursor.description]
        tables[table.name] = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    return tables


def export_return(
    con: duckdb.DuckDBPyConnection, la: str, year: str, out: Path, file_format: str
) -> Exported:
    """Write the return of (la, year) to the folder `out`, all files or none. Raises
    RuntimeError (no return), OutputError (`out` cannot be written) or UnwritableReturn (the XML
    would not be valid: each table, row and column named)."""
    tables = read_return(con, la, year)
    if not tables.get("header"):
        raise RuntimeError(f"no return for LA {la} and {year} in the ssda903 marts")
    rows = {name: len(r) for name, r in tables.items()}
    if file_format == "xml":
        path = write_xml(out / f"ssda903_{la}_{year}.xml", tables, year)
        return Exported([path], rows, unplaced_in_xml(tables))
    files: Sequence[Path] = write_csv_set(out, tables, year)
    return Exported(list(files), rows, {})
