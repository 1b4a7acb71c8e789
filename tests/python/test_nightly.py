"""`cic nightly` end to end on generated extracts: what it publishes, what it holds back, a
second run with nothing new, a reader during a run, and runs killed at several points.

The first run is the session fixture `nightly_outputs` (conftest.py), shared with the gate and
report tests. The tests here run in file order: each later run starts from what the earlier
ones left, as successive nights would."""

from __future__ import annotations

import hashlib
import json
import stat
import threading
import time
from pathlib import Path

import duckdb
import pytest

from cic.nightly.publish import LINKED
from cic.nightly.run import KILL_AT
from conftest import BLANK_ROW, BROKEN_DATES, MISSING_COLUMN, NightlyOutputs

# Values the broken extracts hold; no message may repeat them.
BROKEN_VALUE = "31/31/2025"


def _log(folder: Path) -> dict[str, object]:
    logs = sorted((folder / "logs").glob("nightly-*[0-9].json"))
    return json.loads(logs[-1].read_text(encoding="utf-8"))


def _published_las(database: Path) -> set[str]:
    with duckdb.connect(str(database), read_only=True) as con:
        return {str(la) for (la,) in con.execute("select la_code from ssda903.header").fetchall()}


def _snapshot(published: Path) -> dict[str, str]:
    """Every published name, and a digest of what it holds (following the links)."""
    taken = {}
    for path in sorted(published.rglob("*")):
        relative = str(path.relative_to(published))
        if relative.startswith("runs/"):
            continue
        if path.is_symlink():
            taken[relative] = "-> " + str(path.readlink())
            for inner in sorted(path.rglob("*")):
                if inner.is_file():
                    digest = hashlib.sha256(inner.read_bytes()).hexdigest()
                    taken[f"{relative}/{inner.relative_to(path)}"] = digest
        elif path.is_file() and not path.name.startswith("."):
            taken[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return taken


def _mart_digests(database: Path) -> dict[str, tuple[int, str]]:
    """Rows and an order-free digest of each published mart but the build-by-build history."""
    digests = {}
    with duckdb.connect(str(database), read_only=True) as con:
        tables = con.execute(
            "select table_schema, table_name from information_schema.tables "
            "where table_catalog = current_database() order by 1, 2"
        ).fetchall()
        for schema, table in tables:
            if (schema, table) == ("validation", "error_history"):
                continue
            ((rows, digest),) = con.execute(
                f"select count(*), coalesce(md5(string_agg(x, '|' order by x)), '') "
                f'from (select cast(t as varchar) as x from "{schema}"."{table}" as t)'
            ).fetchall()
            digests[f"{schema}.{table}"] = (int(rows), str(digest))
    return digests


def test_first_run_publishes_the_good_councils_and_holds_the_broken(
    nightly_outputs: NightlyOutputs,
) -> None:
    run = nightly_outputs
    assert run.returncode == 1, run.output  # published, with councils held back
    assert _published_las(run.database) == {"886", "940", "941"}
    log = _log(run.folder)
    held = log["held"]
    assert isinstance(held, dict)
    assert set(held) == {BROKEN_DATES[0], MISSING_COLUMN[0]}
    for la, _year, name, column in (BROKEN_DATES, MISSING_COLUMN):
        assert name in held[la] and column in held[la], held[la]
    assert BROKEN_VALUE not in run.output and BROKEN_VALUE not in json.dumps(log)
    # Every step timed, in the log the report reads.
    steps = log["steps"]
    assert isinstance(steps, list)
    names = {step["step"] for step in steps}
    assert {
        "discover",
        "land",
        "landing gate",
        "dbt build",
        "export",
        "submission gate",
        "publish",
        "report",
        "swap",
    } <= names
    assert all(step["seconds"] >= 0 for step in steps)


def test_registry_picks_the_source_and_unregistered_councils_are_warned_about(
    nightly_outputs: NightlyOutputs,
) -> None:
    steps = _log(nightly_outputs.folder)["steps"]
    assert isinstance(steps, list)
    warnings = {(s["la"], s["detail"]) for s in steps if s["status"] == "warning"}
    assert any(la == "940" and "ssda903" in detail for la, detail in warnings)
    assert any(la == "886" and "not in the registry" in detail for la, detail in warnings)
    # The generator writes its provider lists beside the sources: named, and left alone.
    assert any(
        path.endswith("providers") and "left alone: not a source folder" in detail
        for path, detail in warnings
    )
    with duckdb.connect(str(nightly_outputs.folder / "build.duckdb"), read_only=True) as con:
        landed = set(
            con.execute(
                "select la_code, source_system from raw._loads where status = 'landed'"
            ).fetchall()
        )
    assert ("940", "lcs") in landed and ("941", "mosaic") in landed
    assert ("940", "ssda903") not in landed and ("941", "ssda903") not in landed


def test_a_blank_row_is_listed_as_rejected_and_counted_in_the_land_step(
    nightly_outputs: NightlyOutputs,
) -> None:
    la, year, name = BLANK_ROW
    steps = _log(nightly_outputs.folder)["steps"]
    assert isinstance(steps, list)
    (land,) = [s for s in steps if s["step"] == "land" and s["la"] == la]
    assert "1 row(s) with no record listed in raw._rejects" in land["detail"]
    sent = (nightly_outputs.extracts / "ssda903" / la / year / name).read_text(encoding="utf-8")
    data_rows = len(sent.splitlines()) - 2  # the header and the blank row
    with duckdb.connect(str(nightly_outputs.folder / "build.duckdb"), read_only=True) as con:
        (load_id, landed) = con.execute(
            "select load_id, rows_landed from raw._loads"
            " where la_code = ? and collection_year = ? and source_file like ?"
            " and status = 'landed'",
            [la, year, f"%{name}"],
        ).fetchone() or (None, None)
        rejects = con.execute(
            "select source_row, reason from raw._rejects where load_id = ?", [load_id]
        ).fetchall()
    assert landed == data_rows
    assert rejects == [(data_rows + 1, "blank row: every field is empty")]


def test_the_build_reads_the_registry_the_run_was_given(nightly_outputs: NightlyOutputs) -> None:
    """The run's registry is stored in the warehouse, so dbt (and a later plain `dbt build`)
    sees it: the CMS councils it registers raise no registry warning, and it is published."""
    given = {("940", "lcs"), ("941", "mosaic")}
    with duckdb.connect(str(nightly_outputs.folder / "build.duckdb"), read_only=True) as con:
        stored = set(con.execute("select la_code, source_system from raw._councils").fetchall())
        in_effect = set(
            con.execute("select la_code, source_system from staging.councils").fetchall()
        )
    assert stored == given and in_effect == given
    dbt_logs = sorted((nightly_outputs.folder / "logs").glob("nightly-*-dbt.log"))
    assert dbt_logs
    assert "assert_cms_councils_are_registered" in dbt_logs[0].read_text(encoding="utf-8")
    for log in dbt_logs:
        for line in log.read_text(encoding="utf-8").splitlines():
            if "assert_cms_councils_are_registered" in line:
                assert "PASS" in line or "START" in line, line
    published = nightly_outputs.folder / "published" / "cic.duckdb"
    with duckdb.connect(str(published), read_only=True) as con:
        assert (
            set(con.execute("select la_code, source_system from staging.councils").fetchall())
            == given
        )


def test_docs_are_comments_on_the_relations_people_query_and_only_there(
    nightly_outputs: NightlyOutputs,
) -> None:
    """dbt writes a model's docs into the warehouse where its config says (persist_docs in
    dbt_project.yml: the public marts, the reference data, the analytics facts): there the
    relation and every documented column carry them; the working relations carry none."""
    manifest = json.loads(
        (nightly_outputs.folder / "dbt_target" / "manifest.json").read_text(encoding="utf-8")
    )
    with duckdb.connect(str(nightly_outputs.folder / "build.duckdb"), read_only=True) as con:
        relation_comments = {
            (schema, name): comment
            for schema, name, comment in con.execute(
                "select schema_name, table_name, comment from duckdb_tables() "
                "union all select schema_name, view_name, comment from duckdb_views() "
                "where not internal"
            ).fetchall()
        }
        column_comments = {
            (schema, name, column): comment
            for schema, name, column, comment in con.execute(
                "select schema_name, table_name, column_name, comment from duckdb_columns()"
            ).fetchall()
        }
    documented = undocumented = 0
    for node in manifest["nodes"].values():
        key = (node["schema"], node["alias"])
        if node["resource_type"] != "model" or key not in relation_comments:
            continue
        comments = [column_comments.get((*key, column)) for column in node["columns"]]
        if node["config"]["persist_docs"].get("relation"):
            documented += 1
            assert relation_comments[key] == (node["description"] or None), key
            docs = [doc["description"] or None for doc in node["columns"].values()]
            assert comments == docs, key
        else:
            undocumented += 1
            assert relation_comments[key] is None and not any(comments), key
    assert documented >= 40 and undocumented >= 100, (documented, undocumented)


def test_publication_holds_every_mart_as_parquet_the_exports_and_the_report(
    nightly_outputs: NightlyOutputs,
) -> None:
    published = nightly_outputs.published
    record = json.loads((published / "publication.json").read_text(encoding="utf-8"))
    marts = record["marts"]
    assert {"ssda903.header", "ssda903.episodes", "validation.errors"} <= set(marts)
    with duckdb.connect() as con:
        for mart, rows in marts.items():
            schema, table = mart.split(".")
            path = published / "parquet" / schema / f"{table}.parquet"
            ((counted,),) = con.execute(f"select count(*) from '{path}'").fetchall()
            assert counted == rows, mart
    for la in ("886", "940", "941"):
        for year in ("2024-25", "2025-26"):
            folder = published / "exports" / la / year
            assert (folder / "header.csv").is_file()
            assert (folder / f"ssda903_{la}_{year}.xml").is_file()
    assert (published / "report.html").stat().st_size > 0
    # Child data: every file owner-only, every folder closed to others.
    for path in [published, *published.rglob("*")]:
        if path.is_symlink():
            continue
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path} is {oct(mode)}"


def test_cms_returns_are_derived_for_the_years_the_extracts_reach(
    nightly_outputs: NightlyOutputs,
) -> None:
    """The generated extracts end on 31 March 2026: dbt derives each council's returns for
    2025-26 and the year before, read from the extract's own dates whatever the clock says
    (the nightly passes no years), and the build's log line says so."""
    with duckdb.connect(str(nightly_outputs.folder / "build.duckdb"), read_only=True) as con:
        derived = con.execute(
            "select la_code, collection_year from intermediate.int_ssda903__derived_years "
            "order by 1, 2"
        ).fetchall()
        returned = con.execute(
            "select distinct la_code, collection_year from ssda903.header "
            "where la_code in ('940', '941') order by 1, 2"
        ).fetchall()
    expected = [(la, year) for la in ("940", "941") for year in ("2024-25", "2025-26")]
    assert derived == expected
    assert returned == expected
    steps = _log(nightly_outputs.folder)["steps"]
    assert isinstance(steps, list)
    (build,) = [s for s in steps if s["step"] == "dbt build"]
    # dbt says so at the end of the run (an on-run-end hook), and the run's log repeats it.
    said = (
        "CMS-fed returns derived for 2024-25, 2025-26 (each council's extract: the year it was "
        "taken in and the one before)"
    )
    assert said in build["detail"]
    dbt_log = Path(str(build["detail"]).rsplit("; log ", 1)[1]).read_text(encoding="utf-8")
    assert said in dbt_log


@pytest.mark.parametrize("point", ["land", "build", "publish"])
def test_a_run_killed_leaves_the_publication_as_it_was(
    nightly_outputs: NightlyOutputs, point: str
) -> None:
    """Killed while landing (after a new file landed, before its gate), once dbt has started,
    and with everything staged but not yet swapped in."""
    if point == "land":
        # Something new to land: the same rows with other line endings.
        path = nightly_outputs.extracts / "ssda903" / "886" / "2025-26" / "reviews.csv"
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    before = _snapshot(nightly_outputs.published)
    killed = nightly_outputs.run(env={KILL_AT: point})
    assert killed.returncode == -9, killed.stdout + killed.stderr
    assert _snapshot(nightly_outputs.published) == before


def test_the_run_after_the_kills_lands_nothing_new_and_publishes_the_same_marts(
    nightly_outputs: NightlyOutputs,
) -> None:
    """The night after the killed runs: nothing new in the extracts (the file the run killed at
    landing landed is there already, and is gated now), the same marts published, and a reader
    holding the published database open throughout sees no error."""
    before = _mart_digests(nightly_outputs.database)
    record = json.loads((nightly_outputs.published / "publication.json").read_text())
    # A reader holds the published database open throughout the run.
    errors: list[BaseException] = []
    reads = 0
    done = threading.Event()
    reader = duckdb.connect(str(nightly_outputs.database), read_only=True)

    def read() -> None:
        nonlocal reads
        while not done.is_set():
            try:
                reader.execute("select count(*) from ssda903.episodes").fetchall()
                reads += 1
            except duckdb.Error as exc:  # pragma: no cover - the failure this test looks for
                errors.append(exc)
            time.sleep(0.05)

    thread = threading.Thread(target=read)
    thread.start()
    try:
        again = nightly_outputs.run()
    finally:
        done.set()
        thread.join()
        reader.close()
    assert again.returncode == 1, again.stdout + again.stderr  # 316 and 887 are still broken
    assert not errors and reads > 10
    log = _log(nightly_outputs.folder)
    steps = log["steps"]
    assert isinstance(steps, list)
    lands = [s for s in steps if s["step"] == "land" and s["la"] in {"886", "940", "941"}]
    assert lands and all(s["detail"].split(": ")[1].startswith("0 file(s)") for s in lands)
    assert _mart_digests(nightly_outputs.database) == before
    after = json.loads((nightly_outputs.published / "publication.json").read_text())
    assert after["run_id"] != record["run_id"]
    for name in LINKED:
        assert (nightly_outputs.published / name).resolve().parent.name == after["run_id"]
    # The load the run killed at landing left ungated has been gated since.
    with duckdb.connect(str(nightly_outputs.folder / "build.duckdb"), read_only=True) as con:
        ungated = con.execute(
            "select count(*) from raw._loads where status = 'landed' "
            "and load_id not in (select load_id from raw._gates)"
        ).fetchall()
    assert ungated == [(0,)]
    # Killed runs leave no staged files and at most the current and previous run folders.
    assert not list(nightly_outputs.published.glob(".*.tmp"))
    assert len(list((nightly_outputs.published / "runs").iterdir())) <= 2
    # dbt's target folder is the warehouse's own, so this run, on the same warehouse and project
    # as the one before it, parsed only what changed (nothing): dbt says when it cannot.
    assert (nightly_outputs.folder / "dbt_target" / "manifest.json").is_file()
    dbt_log = sorted((nightly_outputs.folder / "logs").glob("nightly-*-dbt.log"))[-1]
    assert "Unable to do partial parsing" not in dbt_log.read_text(encoding="utf-8")
