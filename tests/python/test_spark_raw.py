"""Spark landing (cic spark-raw) and the engine comparison (cic-lab spark-compare), without
Spark: both are files DuckDB writes and reads. `make test-spark` runs the real thing."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import duckdb
import pytest

from cic_lab.engine_compare import compare, published_views, relations_from_manifest, render

SAMPLE = Path(__file__).parents[1] / "fixtures" / "sample" / "886" / "2024-25"


def test_spark_raw_publishes_every_landed_table_owner_only_with_its_rows(tmp_path, warehouse, cic):
    assert cic("land", SAMPLE, "--la", "886", "--year", "2024-25")[0] == 0
    out = tmp_path / "spark" / "raw"
    code, output = cic("spark-raw", "--out", out)
    assert code == 0, output
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = con.execute(
            "select table_schema, table_name from information_schema.tables"
            " where table_schema in ('raw', 'reference_data')"
        ).fetchall()
        for schema, table in tables:
            files = list((out / schema / table).glob("*.parquet"))
            assert len(files) == 1, (schema, table)
            landed = con.execute(f'select * from "{schema}"."{table}" order by all').fetchall()
            published = con.execute(
                f"select * from read_parquet('{files[0]}') order by all"
            ).fetchall()
            assert published == landed, (schema, table)
            assert not stat.S_IMODE(files[0].stat().st_mode) & 0o077
    assert ("raw", "_loads") in tables and ("raw", "ssda903__episodes") in tables
    # A second publication replaces the first whole, leaving nothing beside it.
    (out / "raw" / "stale_table").mkdir()
    assert cic("spark-raw", "--out", out)[0] == 0
    assert not (out / "raw" / "stale_table").exists()
    assert sorted(p.name for p in out.parent.iterdir()) == ["raw"]


def test_spark_raw_needs_a_landed_warehouse(tmp_path, warehouse, cic):
    code, output = cic("spark-raw", "--out", tmp_path / "raw")
    assert code == 2
    assert "no warehouse" in output


def test_spark_raw_onto_a_file_leaves_the_file_alone(tmp_path, warehouse, cic):
    assert cic("land", SAMPLE, "--la", "886", "--year", "2024-25")[0] == 0
    out = tmp_path / "notes.txt"
    out.write_text("kept\n")
    code, output = cic("spark-raw", "--out", out)
    assert code == 2
    assert "is a file: give a folder" in " ".join(output.split())
    assert out.read_text() == "kept\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "warehouse") == ["notes.txt"]


def _fake_spark_table(warehouse: Path, name: str, sql: str) -> None:
    schema, table = name.split(".")
    folder = warehouse / f"{schema}.db" / table
    folder.mkdir(parents=True)
    duckdb.execute(f"copy ({sql}) to '{folder / 'part-00000.parquet'}' (format parquet)")


def test_compare_normalises_types_and_ignores_row_order(tmp_path):
    build = tmp_path / "build.duckdb"
    with duckdb.connect(str(build)) as con:
        con.execute("create schema ssda903")
        con.execute(
            "create table ssda903.episodes as select * from (values"
            " ('886', 1, 10.50::decimal(38,2), date '2024-04-01', true),"
            " ('886', 2, null, null, false)) as t(la_code, n, amount, decom, flag)"
        )
    spark = tmp_path / "warehouse"
    _fake_spark_table(
        spark,
        "ssda903.episodes",
        "select * from (values ('886', 2::bigint, null::decimal(22,2), null::date, false),"
        " ('886', 1::bigint, 10.5::decimal(22,2), date '2024-04-01', true))"
        " as t(la_code, n, amount, decom, flag)",
    )
    results = compare(build, spark)
    assert [(r.name, r.ok, r.duckdb_rows, r.spark_rows) for r in results] == [
        ("ssda903.episodes", True, 2, 2)
    ]
    assert "1 of 1 tables identical" in render(results)


def test_compare_names_the_differing_column_and_a_missing_table_never_a_value(tmp_path):
    build = tmp_path / "build.duckdb"
    with duckdb.connect(str(build)) as con:
        con.execute("create schema ssda903")
        con.execute("create schema validation")
        con.execute(
            "create table ssda903.header as select * from (values ('886', 'C1', 'M'),"
            " ('886', 'C2', 'F')) as t(la_code, child, sex)"
        )
        con.execute("create table validation.errors as select 1 as n")
    spark = tmp_path / "warehouse"
    _fake_spark_table(
        spark,
        "ssda903.header",
        "select * from (values ('886', 'C1', 'M'), ('886', 'C2', 'secret'))"
        " as t(la_code, child, sex)",
    )
    results = {r.name: r for r in compare(build, spark)}
    assert not results["ssda903.header"].ok
    assert results["ssda903.header"].only_duckdb == 1
    assert results["ssda903.header"].problems == ["values differ in sex"]
    assert results["validation.errors"].problems == ["missing on Spark"]
    text = render(list(results.values()))
    assert "secret" not in text and "C2" not in text
    assert "0 of 2 tables identical" in text


def _node(schema: str, name: str, materialized: str, resource_type: str = "model") -> dict:
    return {
        "resource_type": resource_type,
        "schema": schema,
        "name": name,
        "alias": name.split("__")[-1],
        "config": {"materialized": materialized, "enabled": True},
        "columns": {},
    }


def test_the_manifest_names_the_published_marts_and_the_tables_beside_them(tmp_path):
    nodes = {
        "model.cic.analytics__measures": _node("analytics", "analytics__measures", "table"),
        "model.cic.analytics__children": _node("analytics", "analytics__children", "table"),
        "model.cic.analytics__on_date": _node("analytics", "analytics__on_date", "view"),
        "model.cic.ssda903__header": _node("ssda903", "ssda903__header", "table"),
        "model.cic.int_work": _node("analytics_work", "int_work", "table"),
        "model.cic.rule_1": _node("main", "rule_1", "ephemeral"),
        "seed.cic.regions": _node("reference", "regions", "seed", "seed"),
        "seed.cic.other_seed": _node("reference", "other_seed", "seed", "seed"),
    }
    published = ["model.cic.analytics__measures", "model.cic.ssda903__header", "seed.cic.regions"]
    manifest = tmp_path / "manifest.json"
    exposure = {"exposure.cic.published_marts": {"depends_on": {"nodes": published}}}
    manifest.write_text(json.dumps({"nodes": nodes, "exposures": exposure}))
    # The published marts, and every other table of their schemas (the analytics facts, the
    # other seeds); views, ephemeral models and other schemas are left out.
    assert relations_from_manifest(manifest) == [
        "analytics.children",
        "analytics.measures",
        "reference.other_seed",
        "reference.regions",
        "ssda903.header",
    ]
    assert "analytics_work.int_work" in relations_from_manifest(manifest, every_table=True)
    assert published_views(manifest) == []
    # A published view (a wide view per data set) is not compared: Spark keeps no rows for it.
    nodes["model.cic.analytics__measures"]["config"]["materialized"] = "view"
    manifest.write_text(json.dumps({"nodes": nodes, "exposures": exposure}))
    assert "analytics.measures" not in relations_from_manifest(manifest)
    assert "analytics.children" in relations_from_manifest(manifest)
    assert published_views(manifest) == ["analytics.measures"]
    (tmp_path / "no_exposure.json").write_text(json.dumps({"nodes": nodes, "exposures": {}}))
    with pytest.raises(RuntimeError, match="no exposure published_marts"):
        relations_from_manifest(tmp_path / "no_exposure.json")


def test_compare_reports_a_listed_table_missing_on_both_sides(tmp_path):
    build = tmp_path / "build.duckdb"
    with duckdb.connect(str(build)) as con:
        con.execute("create schema analytics")
        con.execute("create table analytics.measures as select 1 as n")
    spark = tmp_path / "warehouse"
    _fake_spark_table(spark, "analytics.measures", "select 1::bigint as n")
    results = {
        r.name: r
        for r in compare(build, spark, relations=["analytics.measures", "analytics.children"])
    }
    assert results["analytics.measures"].ok
    assert results["analytics.children"].problems == ["missing on Spark", "missing on DuckDB"]


def test_compare_reads_a_published_view_from_the_parquet_spark_wrote_of_it(tmp_path):
    build = tmp_path / "build.duckdb"
    with duckdb.connect(str(build)) as con:
        con.execute("create schema analytics")
        con.execute("create table analytics.measures as select 1 as n, 'a' as k")
        con.execute("create view analytics.wide as select k, n * 10 as n10 from analytics.measures")
    spark = tmp_path / "warehouse"
    _fake_spark_table(spark, "analytics.measures", "select 1::bigint as n, 'a' as k")
    views = tmp_path / "views"
    folder = views / "analytics" / "wide"
    folder.mkdir(parents=True)
    duckdb.execute(f"copy (select 'a' as k, 10::bigint as n10) to '{folder / 'part-0.parquet'}'")
    results = {
        r.name: r
        for r in compare(
            build,
            spark,
            relations=["analytics.measures"],
            views=["analytics.wide"],
            spark_views=views,
        )
    }
    assert results["analytics.wide"].ok and results["analytics.wide"].spark_rows == 1
    assert results["analytics.measures"].ok
    # Without the folder the view is missing on Spark, never silently passed.
    results = {r.name: r for r in compare(build, spark, relations=[], views=["analytics.wide"])}
    assert results["analytics.wide"].problems == ["missing on Spark"]
