"""The landed raw schema as Parquet, for a Spark warehouse to read.

Landing stays in DuckDB (`cic land`: the same Lander, the same audit columns and the same row
accounting in raw._loads, raw._load_tables and raw._rejects). This step copies every table of
the `raw` and `reference_data` schemas, as they are, to `<root>/<schema>/<table>/part-0.parquet`;
a Spark warehouse registers each folder as an external table of the same name (the dbt macro
`register_raw_sources`, run on Spark at every dbt start), so that dbt's sources resolve.

The new set of files is written beside the old one and swapped in by renaming folders: a
failed copy leaves the previous set whole. Files and folders are owner-only (the `cic`
process's file-creation mask), since raw rows are child-level data.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb

from cic.paths import PROJECT_ROOT

SCHEMAS = ("raw", "reference_data")
DEFAULT_DIR = Path("target") / "spark"


def spark_dir() -> Path:
    """Spark's folder: `$CIC_SPARK_DIR`, else target/spark in the project (as the profile)."""
    configured = os.environ.get("CIC_SPARK_DIR")
    path = Path(configured) if configured else DEFAULT_DIR
    return path if path.is_absolute() else PROJECT_ROOT / path


def raw_dir() -> Path:
    """Where the raw Parquet goes: <spark dir>/raw."""
    return spark_dir() / "raw"


@dataclass(frozen=True)
class Published:
    """What was written: rows per schema-qualified table."""

    root: Path
    rows: dict[str, int]


def publish(con: duckdb.DuckDBPyConnection, root: Path | None = None) -> Published:
    """Copy every table of raw and reference_data to Parquet under `root` (default raw_dir())."""
    root = root or raw_dir()
    if root.exists() and not root.is_dir():
        raise RuntimeError(f"{root} is a file: give a folder (its contents are replaced whole)")
    root.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    staging = root.with_name(root.name + ".new")
    previous = root.with_name(root.name + ".old")
    for stale in (staging, previous):
        if stale.exists():
            shutil.rmtree(stale)
    tables = con.execute(
        "select table_schema, table_name from information_schema.tables"
        " where table_schema in (?, ?) and table_type = 'BASE TABLE'"
        " order by table_schema, table_name",
        list(SCHEMAS),
    ).fetchall()
    rows: dict[str, int] = {}
    for schema, table in tables:
        folder = staging / schema / table
        folder.mkdir(parents=True, mode=0o700)
        target = str(folder / "part-0.parquet").replace("'", "''")
        count = con.execute(f'select count(*) from "{schema}"."{table}"').fetchone()
        con.execute(f'copy "{schema}"."{table}" to \'{target}\' (format parquet)')
        rows[f"{schema}.{table}"] = int(count[0]) if count else 0
    if root.exists():
        root.rename(previous)
    staging.rename(root)
    if previous.exists():
        shutil.rmtree(previous)
    return Published(root, rows)
