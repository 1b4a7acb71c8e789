"""Land many councils' folders at once: two at a time, on two cursors of one connection.

Landing a folder is mostly DuckDB's work (reading each file into its raw table, and the commit's
sync to disk), during which DuckDB lets go of Python's lock: while one thread waits on DuckDB,
the other can read its next file's bytes, and the two commits overlap. Each folder is still one
transaction of its own cursor (a Lander's, exactly as when it lands alone), and appending to the
same tables from two transactions does not conflict.

What must not change with the order in which the threads happen to run:

- Load ids. Each job is given its own range of ids before anything lands, one per file in job
  order, from raw._loads' highest: a job lands the ids a landing of the jobs one after another
  would give it (a file found unchanged takes none, leaving a gap in its range). Ids are unique,
  and the loads of one council, year and source are numbered in the order they land.
- Supersession. The jobs of one council, year and source land one after another on one thread,
  each Lander reading what the earlier ones landed, as when they land one by one.

Should a job fail (DuckDB fails, a disk fills), its folder is rolled back as when it lands alone,
the job being landed on the other thread finishes, no further job starts, and the error is
raised (`land_jobs`); so too on Ctrl-C. `land_each(..., keep_going=True)`, which `cic nightly`
uses, reports each job's error instead and lands every other council's folders: only the later
jobs of the failed job's council, year and source are not landed.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from cic.land.lander import SSDA903, Lander, Outcome, next_load_id, prepare_landing

WORKERS = 2  # threads: the machine's two cores
# While two folders land at once: DuckDB runs each query on the thread that asks (the two
# threads keep both cores busy, and small files cost more handed to a pool), and writes the
# write-ahead log into the database file once, at the end (see _finish).
LANDING_SETTINGS = {"threads": "1", "checkpoint_threshold": "1GB"}

Landed = tuple[list[Outcome], list[tuple[Path, OSError]]]


@dataclass(frozen=True)
class Job:
    """One council's files of one collection year (903 files), or of one CMS extract (year
    None): what one Lander lands with `land_all`."""

    la: str
    year: str | None
    paths: Sequence[Path]
    source: str = SSDA903
    encoding: str | None = None

    @property
    def key(self) -> tuple[str, str | None, str]:
        return (self.la, self.year, self.source)


@dataclass
class JobResult:
    """What became of one job: its outcomes and unreadable files (`landed`), or the error that
    stopped it (`error`; its folder rolled back), or neither when it never started (landing
    stopped before it); and the seconds it took."""

    landed: Landed | None = None
    error: Exception | None = None
    seconds: float = 0.0


def land_jobs(
    con: duckdb.DuckDBPyConnection, jobs: Iterable[Job], workers: int = WORKERS
) -> list[Landed]:
    """Land each job (Lander.land_all), `workers` at a time: each job's outcomes and unreadable
    files, in job order. The first failing job stops the landing and its error is raised."""
    results = land_each(con, jobs, workers)
    failed = [result.error for result in results if result.error is not None]
    if failed:
        raise failed[0]
    return [result.landed for result in results if result.landed is not None]


def land_each(
    con: duckdb.DuckDBPyConnection,
    jobs: Iterable[Job],
    workers: int = WORKERS,
    keep_going: bool = False,
) -> list[JobResult]:
    """Land each job, `workers` at a time: what became of each, in job order. A failing job
    stops the landing (the jobs being landed finish, no other starts); with `keep_going` only
    the later jobs of its council, year and source are not landed, and the others go on."""
    todo = list(jobs)
    prepare_landing(con)
    results = [JobResult() for _ in todo]
    first = next_load_id(con)
    ids = []
    for job in todo:
        ids.append(range(first, first + len(job.paths)))
        first += len(job.paths)
    groups: dict[tuple[str, str | None, str], list[int]] = {}
    for index, job in enumerate(todo):
        groups.setdefault(job.key, []).append(index)
    queue = list(groups.values())
    queue.reverse()  # popped from the end: in the order the jobs were given
    lock = threading.Lock()
    stop = threading.Event()  # set on a failure (unless keep_going) or when interrupted

    def land(cursor: duckdb.DuckDBPyConnection, index: int) -> bool:
        job = todo[index]
        started = time.perf_counter()
        try:
            lander = Lander(
                cursor, job.la, job.year, job.encoding, job.source, ids=ids[index], prepare=False
            )
            results[index].landed = lander.land_all(job.paths)
            return True
        except Exception as exc:
            results[index].error = exc
            if not keep_going:
                stop.set()
            return False
        finally:
            results[index].seconds = time.perf_counter() - started

    def work() -> None:
        cursor = con.cursor()
        try:
            while not stop.is_set():
                with lock:
                    if not queue:
                        return
                    group = queue.pop()
                for index in group:
                    if stop.is_set() or not land(cursor, index):
                        break  # the group's later jobs would land on top of a failed one
        finally:
            cursor.close()

    threads = min(workers, len(groups))
    settings = dict(LANDING_SETTINGS)
    if threads <= 1:
        del settings["threads"]
    with _settings(con, settings):
        if threads <= 1:
            work()
        else:
            _run(work, threads, stop)
    # What was landed, written into the database file once (rather than whenever the
    # write-ahead log passed DuckDB's 16 MB): every commit is already on disk in the log.
    con.execute("checkpoint")
    return results


def _run(work: Callable[[], None], threads: int, stop: threading.Event) -> None:
    started = [threading.Thread(target=work, name=f"cic-land-{n}") for n in range(threads)]
    for thread in started:
        thread.start()
    try:
        for thread in started:
            thread.join()
    except BaseException:  # Ctrl-C: the jobs being landed finish (or roll back), no other
        stop.set()
        for thread in started:
            thread.join()
        raise


@contextmanager
def _settings(con: duckdb.DuckDBPyConnection, settings: dict[str, str]) -> Iterator[None]:
    """DuckDB's settings (global to the database) changed while the jobs land, then put back."""
    previous = {
        name: str(con.execute("select current_setting(?)", [name]).fetchone()[0])  # type: ignore[index]
        for name in settings
    }
    for name, value in settings.items():
        con.execute(f"set {name} = '{value}'")
    try:
        yield
    finally:
        for name, value in previous.items():
            con.execute(f"set {name} = '{value}'")
