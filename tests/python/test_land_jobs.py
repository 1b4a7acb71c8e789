"""Landing many councils' folders at once (cic.land.jobs): the warehouse ends up exactly as when
the same folders land one after another, load ids included, whatever order the threads run in."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from conftest import query
from test_land import EPISODES, HEADER, ROWS, assert_rows_accounted_for, write

# Every audit and raw table, without the columns that hold the time of landing.
COMPARED = (
    "select load_id, source_system, la_code, collection_year, source_file, source_path, "
    "file_format, encoding, sha256, bytes, rows_read, rows_landed, rows_rejected, status, message "
    "from raw._loads order by load_id",
    "select * from raw._load_tables order by all",
    "select load_id, source_file, source_row, reason, record from raw._rejects order by all",
    "select * exclude (_loaded_at) from raw.ssda903__header order by all",
    "select * exclude (_loaded_at) from raw.ssda903__episodes order by all",
)


EPISODE = "\n101,01/04/2024,S,C2,N1,U1,PR1,,,,,,"


def _jobs(tmp_path: Path) -> list[tuple[str, str, Path]]:
    """Folders of four council-years, the first given twice (its second folder supersedes both
    files of the first); one folder holds a rejected file, one a file DuckDB refuses (mixed line
    ends: it lands through Python), one a Windows-1252 file."""
    specs: list[tuple[str, str, dict[str, str]]] = [
        ("886", "2024-25", {"header.csv": f"{HEADER}\n{ROWS[0]}\n", "episodes.csv": EPISODES}),
        ("886", "2025-26", {"header.csv": f"{HEADER}\n{ROWS[1]}\n", "bad.csv": "NAME,AGE\nx,1\n"}),
        ("873", "2024-25", {"header.csv": f"{HEADER}\r\n{ROWS[0]}\n{ROWS[1]}\n"}),
        ("873", "2025-26", {"header.csv": f"{HEADER}\n102,F,03/04/2013,WBRI,\xc9LODIE,0,\n"}),
        (
            "886",
            "2024-25",
            {"header.csv": f"{HEADER}\n{ROWS[1]}\n", "again.csv": EPISODES + EPISODE},
        ),
    ]
    jobs = []
    for n, (la, year, files) in enumerate(specs):
        folder = tmp_path / "data" / f"{n}_{la}_{year}"
        folder.mkdir(parents=True)
        for name, text in files.items():
            encoding = "cp1252" if "\xc9" in text else "utf-8"
            write(folder / name, text + ("\n" if name != "header.csv" else ""), encoding)
        jobs.append((la, year, folder))
    return jobs


def _one_after_another(warehouse: Path, jobs: list[tuple[str, str, Path]]) -> None:
    from cic.land.lander import Lander, expand
    from cic.land.warehouse import connect

    with connect(warehouse) as con:
        for la, year, folder in jobs:
            Lander(con, la, year).land_all(expand([folder]))


def _together(warehouse: Path, jobs: list[tuple[str, str, Path]], workers: int) -> list[list[str]]:
    from cic.land.jobs import Job, land_jobs
    from cic.land.lander import expand
    from cic.land.warehouse import connect

    with connect(warehouse) as con:
        results = land_jobs(
            con, [Job(la, year, expand([folder])) for la, year, folder in jobs], workers
        )
    return [[o.status for o in outcomes] for outcomes, _ in results]


@pytest.mark.parametrize("workers", [1, 2])
def test_concurrent_landing_equals_landing_one_folder_after_another(tmp_path, workers):
    jobs = _jobs(tmp_path)
    alone = tmp_path / "alone" / "build.duckdb"
    _one_after_another(alone, jobs)
    together = tmp_path / "together" / "build.duckdb"
    statuses = _together(together, jobs, workers)
    assert statuses == [
        ["landed", "landed"],
        ["rejected", "landed"],
        ["landed"],
        ["landed"],
        ["landed", "landed"],
    ]
    assert_rows_accounted_for(together)
    for sql in COMPARED:
        assert query(together, sql) == query(alone, sql), sql
    messages = [m for (m,) in query(together, "select message from raw._loads order by load_id")]
    assert messages[-2:] == ["1 row; supersedes load 1", "1 row; supersedes load 2"]


@pytest.mark.parametrize("workers", [1, 2])
def test_landing_again_finds_every_file_unchanged_and_ids_stay_ordered(tmp_path, workers):
    """A file landed already, and not superseded since, is unchanged and takes no id (its range
    keeps a gap); the first council-year's first folder, superseded by its second, lands again
    and so does the second after it, in that order; a rejected file is rejected again."""
    jobs = _jobs(tmp_path)
    together = tmp_path / "together" / "build.duckdb"
    _together(together, jobs, workers)
    first = query(together, "select max(load_id) from raw._loads")[0][0]
    assert _together(together, jobs, workers) == [
        ["landed", "landed"],
        ["rejected", "unchanged"],
        ["unchanged"],
        ["unchanged"],
        ["landed", "landed"],
    ]
    again = query(
        together,
        "select source_file, message from raw._loads where load_id > ? order by load_id",
        [first],
    )
    assert again == [
        ("episodes.csv", "header only: no data rows; supersedes load 1, 7"),
        ("header.csv", "1 row; supersedes load 2, 8"),
        ("bad.csv", again[2][1]),
        ("again.csv", "1 row; supersedes load 1, 7, 9"),
        ("header.csv", "1 row; supersedes load 2, 8, 10"),
    ]
    assert_rows_accounted_for(together)


def test_a_failing_job_stops_the_others_and_is_raised(tmp_path, monkeypatch):
    """Should the warehouse fail while a folder lands, that folder is rolled back, no later job
    starts, and the error reaches the caller."""
    from cic.land import lander as lander_module
    from cic.land.jobs import Job, land_jobs
    from cic.land.lander import expand
    from cic.land.warehouse import connect

    jobs = _jobs(tmp_path)
    real = lander_module.insert_csv

    def failing(con, path, *args):  # type: ignore[no-untyped-def]
        if "873_2024-25" in str(path) or "873_2024-25" in str(Path(path).resolve()):
            raise duckdb.IOException("disk full")
        return real(con, path, *args)

    monkeypatch.setattr(lander_module, "insert_csv", failing)
    warehouse = tmp_path / "w" / "build.duckdb"
    with connect(warehouse) as con, pytest.raises(duckdb.IOException):
        land_jobs(con, [Job(la, year, expand([folder])) for la, year, folder in jobs], 1)
    landed = query(warehouse, "select distinct la_code, collection_year from raw._loads")
    assert ("873", "2024-25") not in landed
    assert ("873", "2025-26") not in landed  # after the failing job: never started
    assert_rows_accounted_for(warehouse)


@pytest.mark.parametrize("workers", [1, 2])
def test_keep_going_lands_every_other_council_and_reports_the_failure(
    tmp_path, monkeypatch, workers
):
    """cic nightly's way: a council-year whose folder fails is rolled back and reported, its
    later folders (same council, year and source) are not landed, and every other job lands."""
    from cic.land import lander as lander_module
    from cic.land.jobs import Job, land_each
    from cic.land.lander import expand
    from cic.land.warehouse import connect

    jobs = _jobs(tmp_path)
    real = lander_module.insert_csv

    def failing(con, path, *args):  # type: ignore[no-untyped-def]
        if "0_886_2024-25" in str(Path(path).resolve()):
            raise duckdb.IOException("disk full")
        return real(con, path, *args)

    monkeypatch.setattr(lander_module, "insert_csv", failing)
    warehouse = tmp_path / "w" / "build.duckdb"
    with connect(warehouse) as con:
        results = land_each(
            con, [Job(la, year, expand([folder])) for la, year, folder in jobs], workers, True
        )
    assert isinstance(results[0].error, duckdb.IOException) and results[0].landed is None
    # The same council and year's second folder would land on top of the failed one: not landed.
    assert results[4].landed is None and results[4].error is None
    assert all(r.landed is not None and r.error is None for r in results[1:4])
    landed = query(warehouse, "select distinct la_code, collection_year from raw._loads")
    assert ("886", "2024-25") not in landed
    assert {("886", "2025-26"), ("873", "2024-25"), ("873", "2025-26")} <= set(landed)
    assert_rows_accounted_for(warehouse)
