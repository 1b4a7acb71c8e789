"""Publication: the copy of the marts that dashboards, notebooks and BI tools read.

dbt writes `warehouse/build.duckdb`; DuckDB lets one process write a file, and a reader open
during a build would block it or see marts half rebuilt. So readers never open the build file.
A nightly run that succeeds publishes, beside it, in `warehouse/published/`:

    cic.duckdb        each mart the `published_marts` exposure (models/_exposures.yml) names,
                      as a table with its docs as comments; open it read-only
    parquet/          one Parquet file per mart: parquet/<schema>/<table>.parquet
    exports/          the return of each council and year as DfE receives it (CSV and XML)
    report.html       the run's report
    publication.json  what was published, when, by which run

Everything is written first in the run's own folder (`runs/<run>/`), then swapped in with
renames: `cic.duckdb` and `report.html` are replaced by `os.replace`, and
`parquet` and `exports` are symbolic links re-pointed the same way, so a reader sees the old
publication or the new one, never a mix within one file or folder. A reader holding the old
`cic.duckdb` open keeps reading it (the file it opened lives on until it closes). A run killed
before the swaps leaves the publication exactly as it was; the next run clears its leftovers.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb

DATABASE = "cic.duckdb"
REPORT = "report.html"
RECORD = "publication.json"
LINKED = ("parquet", "exports")


@dataclass(frozen=True)
class Mart:
    schema: str
    table: str
    description: str
    columns: dict[str, str]
    materialized: str = "table"  # as dbt builds it: table, incremental, seed or view

    @property
    def relation(self) -> str:
        return f'"{self.schema}"."{self.table}"'


EXPOSURE = "exposure.cic.published_marts"


def public_marts(manifest: Path) -> list[Mart]:
    """What is published: the models the `published_marts` exposure (models/_exposures.yml)
    depends on, as the build's manifest describes them."""
    graph = json.loads(manifest.read_text(encoding="utf-8"))
    try:
        wanted = graph["exposures"][EXPOSURE]["depends_on"]["nodes"]
    except KeyError:
        raise RuntimeError(
            f"{manifest}: no exposure published_marts to say what to publish"
        ) from None
    marts = []
    for unique_id in wanted:
        node = graph["nodes"][unique_id]
        # A view is published as a table of its rows, like every other mart.
        if node["config"].get("materialized") not in {"table", "incremental", "seed", "view"}:
            raise RuntimeError(f"{node['name']} is published but not built as a table or view")
        marts.append(
            Mart(
                node["schema"],
                node.get("alias") or node["name"],
                node.get("description", ""),
                {c["name"]: c.get("description", "") for c in node["columns"].values()},
                node["config"]["materialized"],
            )
        )
    return sorted(marts, key=lambda m: (m.schema, m.table))


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def clear_leftovers(published: Path) -> None:
    """Remove what a run killed before its swaps left behind."""
    for leftover in published.glob(".*.tmp"):
        leftover.unlink(missing_ok=True)


def stage_database(build: Path, marts: list[Mart], target: Path) -> dict[str, int]:
    """Copy each mart from the build file into a new database file; rows per mart."""
    target.unlink(missing_ok=True)
    rows: dict[str, int] = {}
    con = duckdb.connect(str(target))
    try:
        con.execute(f"attach {_quote(str(build))} as build (read_only)")
        for mart in marts:
            con.execute(f'create schema if not exists "{mart.schema}"')
            con.execute(
                f"create table {mart.relation} as "
                f'select * from build."{mart.schema}"."{mart.table}"'
            )
            if mart.description:
                con.execute(f"comment on table {mart.relation} is {_quote(mart.description)}")
            present = {
                str(name)
                for (name,) in con.execute(
                    "select column_name from duckdb_columns() "
                    "where database_name = current_database() and schema_name = ? "
                    "and table_name = ?",
                    [mart.schema, mart.table],
                ).fetchall()
            }
            for column, text in mart.columns.items():
                if text and column in present:
                    con.execute(f'comment on column {mart.relation}."{column}" is {_quote(text)}')
            ((counted,),) = con.execute(f"select count(*) from {mart.relation}").fetchall()
            rows[f"{mart.schema}.{mart.table}"] = int(counted)
        con.execute("detach build")
        con.execute("checkpoint")
    finally:
        con.close()
    return rows


def write_parquet(database: Path, marts: list[Mart], folder: Path) -> None:
    """One Parquet file per mart, from the staged database."""
    con = duckdb.connect(str(database), read_only=True)
    try:
        for mart in marts:
            (folder / mart.schema).mkdir(parents=True, exist_ok=True)
            path = folder / mart.schema / f"{mart.table}.parquet"
            con.execute(f"copy {mart.relation} to {_quote(str(path))} (format parquet)")
    finally:
        con.close()


def _relink(published: Path, name: str, target: Path) -> None:
    """Point `published/<name>` at `target` in one rename. A real folder of that name (from
    before publication used links) is moved aside first."""
    link = published / name
    if link.exists() and not link.is_symlink():
        link.rename(published / f".{name}.old.tmp")
        shutil.rmtree(published / f".{name}.old.tmp", ignore_errors=True)
    temporary = published / f".{name}.link.tmp"
    temporary.unlink(missing_ok=True)
    temporary.symlink_to(target.relative_to(published))
    temporary.replace(link)


def swap(
    published: Path,
    staged_database: Path,
    run_folder: Path,
    staged_report: Path,
    record: dict[str, object],
) -> None:
    """Put the staged publication in place: each name changes in one rename."""
    before = {(published / name).resolve() for name in LINKED if (published / name).is_symlink()}
    staged_database.replace(published / DATABASE)
    for name in LINKED:
        if (run_folder / name).is_dir():
            _relink(published, name, run_folder / name)
    if staged_report.exists():
        staged_report.replace(published / REPORT)
    staged_record = published / f".{RECORD}.tmp"
    staged_record.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    staged_record.replace(published / RECORD)
    # Keep this run's folder and the one the links pointed at until now (a reader may still be
    # in it); remove older runs and those of runs killed before their swap.
    keep = {run_folder.resolve(), *(path.parent for path in before)}
    for run in (published / "runs").iterdir():
        if run.is_dir() and run.resolve() not in keep:
            shutil.rmtree(run, ignore_errors=True)
