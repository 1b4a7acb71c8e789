"""The raw schema (audit tables, one all-text table per 903 table and per CMS extract table) and
the empty reference_data tables, created on first use."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from cic.cms import SOURCES
from cic.paths import warehouse_path
from cic.ssda903 import TABLES, raw_columns

LOADS_DDL = """
create table if not exists raw._loads (
    load_id integer primary key,
    source_system varchar not null,
    la_code varchar not null,
    collection_year varchar,
    source_file varchar not null,
    source_path varchar not null,
    file_format varchar,
    encoding varchar,
    sha256 varchar not null,
    bytes bigint not null,
    rows_read integer not null,
    rows_landed integer not null,
    rows_rejected integer not null,
    status varchar not null,
    message varchar,
    loaded_at timestamp not null
)"""
LOAD_TABLES_DDL = """
create table if not exists raw._load_tables (
    load_id integer not null,
    table_name varchar not null,
    rows_landed integer not null
)"""
REJECTS_DDL = """
create table if not exists raw._rejects (
    load_id integer not null,
    source_file varchar not null,
    source_row integer,
    reason varchar not null,
    record varchar,
    rejected_at timestamp not null
)"""
# The council registry `cic nightly --registry FILE` was last given (empty: the project's
# seeds/reference/councils.csv is the registry). dbt reads it as stg_reference__councils.
COUNCILS_DDL = """
create table if not exists raw._councils (
    la_code varchar not null,
    la_name varchar,
    source_system varchar not null,
    registry_file varchar not null,
    registered_at timestamp not null
)"""
# Reference data written by `cic reference`; created empty so that dbt works without it.
POSTCODES_DDL = """
create table if not exists reference_data.postcodes (
    postcode varchar not null,
    la_code varchar,
    ons_code varchar,
    easting double,
    northing double
)"""
PROVIDERS_DDL = """
create table if not exists reference_data.providers (
    urn varchar not null,
    la_code varchar,
    la_code_from varchar,
    la_name varchar,
    postcode varchar,
    place_codes varchar,
    provider_codes varchar,
    reg_end varchar,
    source_list varchar not null,
    source_file varchar not null,
    source_row integer not null,
    loaded_at timestamp not null
)"""
AUDIT_COLUMNS = (
    "_load_id integer not null",
    "_source_file varchar not null",
    "_source_row integer not null",
    "_la_code varchar not null",
    "_collection_year varchar not null",
    "_loaded_at timestamp not null",
)


def raw_table_ddl() -> list[str]:
    """create-if-missing statements for raw.ssda903__<table> and raw.<cms>__<table>, every value
    as text. A CMS extract is not one collection year's: its _collection_year is null."""
    statements = []
    for table in TABLES:
        columns = [f"{c} varchar" for c in raw_columns(table)] + list(AUDIT_COLUMNS)
        statements.append(
            f"create table if not exists raw.ssda903__{table.name} ({', '.join(columns)})"
        )
    cms_audit = [
        c.replace("_collection_year varchar not null", "_collection_year varchar")
        for c in AUDIT_COLUMNS
    ]
    for source, tables in SOURCES.items():
        for table in tables:
            columns = [f"{c.lower()} varchar" for c in table.columns] + cms_audit
            statements.append(
                f"create table if not exists raw.{source}__{table.name} ({', '.join(columns)})"
            )
    return statements


@contextmanager
def connect(path: Path | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the warehouse (creating it, owner-only, if new) with raw and reference_data in place."""
    path = path or warehouse_path()
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
    previous = os.umask(0o077)
    try:
        con = duckdb.connect(str(path))
    except duckdb.IOException as exc:
        # Another process's lock is the usual cause; a folder or another kind of file is not.
        hint = ". Is dbt or another cic command using it?" if "lock" in str(exc).lower() else ""
        raise RuntimeError(f"cannot open the warehouse {path}: {exc}{hint}") from exc
    finally:
        os.umask(previous)
    try:
        con.execute("create schema if not exists raw")
        con.execute("create schema if not exists reference_data")
        for ddl in (
            LOADS_DDL,
            LOAD_TABLES_DDL,
            REJECTS_DDL,
            COUNCILS_DDL,
            *raw_table_ddl(),
            POSTCODES_DDL,
            PROVIDERS_DDL,
        ):
            con.execute(ddl)
        yield con
    finally:
        con.close()
