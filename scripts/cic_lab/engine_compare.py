"""Every mart of a Spark build against the same table of a DuckDB build, row by row.

What is compared comes from dbt's manifest of the build (`relations_from_manifest`): every
table and seed the `published_marts` exposure names, read as the publication reads it
(cic.nightly.publish.public_marts): the ssda903, validation and analytics marts and the
reference data they publish; and every other table dbt writes into the same
schemas (the analytics facts beside the analytics marts). The views it names (the wide view per
DfE data set; `published_views`) hold no rows on Spark: the Spark build writes each as Parquet
(the on-run-end hook export_published_views, when $CIC_SPARK_VIEW_DIR is set), and they are
compared from there (`spark_views`). With `every_table`, every table and seed of the build is
compared (the staging, intermediate and working tables too). Without a manifest, every table of
the schemas ssda903, validation and analytics is compared.

On the DuckDB side the relations are read from the build file; on the Spark side from the
Parquet files Spark wrote for each managed table (<spark warehouse>/<schema>.db/<table>/), read
by DuckDB, so that no second JVM has to start and both sides go through one SQL engine for the
comparison.

Values are compared as text after normalising types: numbers (integers, decimals, doubles)
as doubles rounded to 6 decimal places (negative zero as zero), so that decimal(38,2) and
decimal(22,2) or int and bigint compare equal and a last-bit difference between two engines'
floating-point sums does not count; timestamps without time zone; booleans as true/false; dates
as ISO text. Text is compared exactly: a published value such as '14.8' must be the same text.
Rows are compared as multisets (order-insensitive, duplicates counted, NULL equal to NULL).
Columns that identify the build (validation.error_history's build_id and built_at) are left out.
The report names tables, columns and counts, never values: the rows are child-level data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from cic.nightly.publish import public_marts

MART_SCHEMAS = ("ssda903", "validation", "analytics")
# Materialisations that leave rows (files) of their own on Spark.
STORED = {"table", "incremental", "seed"}
# Columns that name the build itself, not its answers: they differ between any two builds.
PER_BUILD_COLUMNS = {"validation.error_history": ("build_id", "built_at")}
NUMERIC = (
    "TINYINT",
    "SMALLINT",
    "INTEGER",
    "BIGINT",
    "HUGEINT",
    "UTINYINT",
    "USMALLINT",
    "UINTEGER",
    "UBIGINT",
    "FLOAT",
    "DOUBLE",
    "DECIMAL",
)


@dataclass
class TableResult:
    """One mart's comparison."""

    name: str
    duckdb_rows: int | None = None
    spark_rows: int | None = None
    only_duckdb: int = 0
    only_spark: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and self.only_duckdb == 0 and self.only_spark == 0


def _is_numeric(data_type: str) -> bool:
    return data_type.upper().split("(")[0] in NUMERIC


def _normalised(column: str, data_type: str, other_type: str) -> str:
    quoted = '"' + column.replace('"', '""') + '"'
    if _is_numeric(data_type) and _is_numeric(other_type):
        return f"cast(round(cast({quoted} as double), 6) + 0.0 as varchar)"
    upper = data_type.upper()
    if upper.startswith("TIMESTAMP"):
        return f"cast(cast({quoted} as timestamp) as varchar)"
    if upper == "BOOLEAN":
        return f"case when {quoted} then 'true' when not {quoted} then 'false' end"
    return f"cast({quoted} as varchar)"


def _columns(con: duckdb.DuckDBPyConnection, relation: str) -> dict[str, tuple[str, str]]:
    """lower-case name -> (name as spelled, type) of a relation's columns."""
    described = con.execute(f"describe {relation}").fetchall()
    return {row[0].lower(): (row[0], row[1]) for row in described}


def _spark_tables(spark_warehouse: Path, schemas: tuple[str, ...]) -> dict[str, Path]:
    found = {}
    for schema in schemas:
        folder = spark_warehouse / f"{schema}.db"
        if folder.is_dir():
            for table in sorted(p for p in folder.iterdir() if p.is_dir()):
                found[f"{schema}.{table.name.lower()}"] = table
    return found


def relations_from_manifest(manifest: Path, every_table: bool = False) -> list[str]:
    """schema.table (lower case) of what to compare, from a dbt manifest: the nodes the
    published_marts exposure depends on and every other table or seed in their schemas, or
    (every_table) every enabled table, incremental model and seed of the build."""
    graph = json.loads(manifest.read_text(encoding="utf-8"))
    stored = {
        unique_id: node
        for unique_id, node in graph["nodes"].items()
        if node["resource_type"] in {"model", "seed"}
        and node["config"].get("enabled", True)
        and node["config"].get("materialized") in STORED
    }
    if every_table:
        chosen = list(stored.values())
    else:
        schemas = {mart.schema for mart in public_marts(manifest)}
        chosen = [node for node in stored.values() if node["schema"] in schemas]
    return sorted({_relation(node) for node in chosen})


def published_views(manifest: Path) -> list[str]:
    """schema.table of the views the published_marts exposure names. Spark keeps no rows for a
    view: on Spark they are compared from the Parquet export_published_views writes."""
    return sorted(
        f"{mart.schema}.{mart.table}".lower()
        for mart in public_marts(manifest)
        if mart.materialized == "view"
    )


def _relation(node: dict) -> str:
    return f"{node['schema']}.{node.get('alias') or node['name']}".lower()


def compare(
    duckdb_file: Path,
    spark_warehouse: Path,
    schemas: tuple[str, ...] = MART_SCHEMAS,
    relations: list[str] | None = None,
    views: list[str] | None = None,
    spark_views: Path | None = None,
) -> list[TableResult]:
    """Compare `relations` (schema.table), else every table of `schemas`, in the DuckDB build
    file with Spark's managed tables of the same names; and `views` (schema.view) with the
    Parquet Spark wrote of each under `spark_views`/<schema>/<view>/ (export_published_views)."""
    con = duckdb.connect()
    con.execute(f"attach '{str(duckdb_file).replace(chr(39), chr(39) * 2)}' as wh (read_only)")
    views = views or []
    if relations is not None:
        schemas = tuple(sorted({name.split(".")[0] for name in relations + views}))
    in_duckdb = {
        f"{schema}.{table}".lower()
        for schema, table, kind in con.execute(
            "select table_schema, table_name, table_type from information_schema.tables"
            " where table_catalog = 'wh'"
            f" and table_schema in ({', '.join('?' for _ in schemas)})",
            list(schemas),
        ).fetchall()
        if kind == "BASE TABLE" or f"{schema}.{table}".lower() in views
    }
    in_spark = _spark_tables(spark_warehouse, schemas)
    for name in views:
        folder = spark_views / Path(*name.split(".")) if spark_views is not None else None
        if folder is not None and folder.is_dir():
            in_spark[name] = folder
    wanted = (set(relations) if relations is not None else in_duckdb | set(in_spark)) | set(views)
    results = []
    for name in sorted(wanted):
        result = TableResult(name)
        results.append(result)
        if name not in in_spark:
            result.problems.append("missing on Spark")
        if name not in in_duckdb:
            result.problems.append("missing on DuckDB")
        if result.problems:
            continue
        schema, table = name.split(".")
        con.execute(f'create or replace temp view d as select * from wh."{schema}"."{table}"')
        files = sorted(in_spark[name].glob("*.parquet"))
        result.duckdb_rows = con.execute("select count(*) from d").fetchone()[0]  # type: ignore[index]
        if not files:  # Spark may write no file at all for an empty table
            result.spark_rows = 0
            if result.duckdb_rows:
                result.only_duckdb = result.duckdb_rows
            continue
        paths = ", ".join("'" + str(p).replace("'", "''") + "'" for p in files)
        con.execute(f"create or replace temp view s as select * from read_parquet([{paths}])")
        result.spark_rows = con.execute("select count(*) from s").fetchone()[0]  # type: ignore[index]
        d_cols, s_cols = _columns(con, "d"), _columns(con, "s")
        for column in PER_BUILD_COLUMNS.get(name, ()):
            d_cols.pop(column, None)
            s_cols.pop(column, None)
        if list(d_cols) != list(s_cols):
            only_d = [c for c in d_cols if c not in s_cols]
            only_s = [c for c in s_cols if c not in d_cols]
            if only_d or only_s:
                result.problems.append(
                    f"columns differ (only DuckDB: {only_d or '-'}; only Spark: {only_s or '-'})"
                )
                continue
            result.problems.append("columns in a different order")
        d_select = ", ".join(
            _normalised(d_cols[c][0], d_cols[c][1], s_cols[c][1]) + f" as c{i}"
            for i, c in enumerate(d_cols)
        )
        s_select = ", ".join(
            _normalised(s_cols[c][0], s_cols[c][1], d_cols[c][1]) + f" as c{i}"
            for i, c in enumerate(d_cols)
        )
        con.execute(f"create or replace temp view dn as select {d_select} from d")
        con.execute(f"create or replace temp view sn as select {s_select} from s")
        result.only_duckdb = con.execute(  # type: ignore[index]
            "select count(*) from (select * from dn except all select * from sn)"
        ).fetchone()[0]
        result.only_spark = con.execute(  # type: ignore[index]
            "select count(*) from (select * from sn except all select * from dn)"
        ).fetchone()[0]
        if result.only_duckdb or result.only_spark:
            differing = [
                d_cols[c][0]
                for i, c in enumerate(d_cols)
                if con.execute(  # type: ignore[index]
                    f"select count(*) from (select c{i} from dn except all select c{i} from sn)"
                ).fetchone()[0]
                or con.execute(  # type: ignore[index]
                    f"select count(*) from (select c{i} from sn except all select c{i} from dn)"
                ).fetchone()[0]
            ]
            result.problems.append(
                "values differ in "
                + (", ".join(differing) if differing else "row combinations only")
            )
    con.close()
    return results


def render(results: list[TableResult]) -> str:
    """A per-table summary and a last line with the totals."""
    width = max([len(r.name) for r in results] + [5])
    lines = [
        f"{'table':<{width}}  {'duckdb':>8}  {'spark':>8}  {'only d':>7}  {'only s':>7}  result"
    ]
    for r in results:
        status = "identical" if r.ok else "; ".join(r.problems) or "rows differ"
        lines.append(
            f"{r.name:<{width}}  {_count(r.duckdb_rows):>8}  {_count(r.spark_rows):>8}"
            f"  {r.only_duckdb:>7}  {r.only_spark:>7}  {status}"
        )
    same = sum(r.ok for r in results)
    rows = sum(r.duckdb_rows or 0 for r in results)
    lines.append(
        f"{same} of {len(results)} tables identical on DuckDB and Spark ({rows} DuckDB rows)"
    )
    return "\n".join(lines)


def _count(n: int | None) -> str:
    return "-" if n is None else str(n)
