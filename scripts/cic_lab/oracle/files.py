"""Write and read one LA-year of 903 tables as CSV files in the DfE column layout."""

from __future__ import annotations

import csv
from pathlib import Path

from cic.ssda903 import TABLES, TABLES_BY_NAME, normalise_header

Row = dict[str, str | None]
Tables = dict[str, list[Row]]


def write_return(folder: Path, tables: Tables, collection_year: str) -> list[Path]:
    """Write `<table>.csv` for every table that exists in the year (header only when empty).

    Rows are dicts keyed by DfE column names; None is written as an empty cell. UTF-8, no BOM.
    """
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for table in TABLES:
        if not table.exists_in(collection_year):
            continue
        path = folder / table.file_name
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(table.columns)
            for row in tables.get(table.name, []):
                writer.writerow(["" if row.get(c) is None else row.get(c) for c in table.columns])
        written.append(path)
    return written


def read_return(folder: Path) -> Tables:
    """Read `<table>.csv` files of a folder into rows keyed by DfE column names ('' -> None)."""
    tables: Tables = {}
    for path in sorted(folder.glob("*.csv")):
        name = path.stem
        if name not in TABLES_BY_NAME:
            continue
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = [normalise_header(h) for h in next(reader, [])]
            tables[name] = [
                {
                    col: (value if value != "" else None)
                    for col, value in zip(header, record, strict=False)
                }
                for record in reader
            ]
    return tables
