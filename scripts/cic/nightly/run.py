"""`cic nightly`: land, gate, build, export, check, publish and report, one step at a time.

Each step is timed and logged (warehouse/logs/nightly-<run>.json, rewritten after every step,
so a run that dies leaves a log of how far it got; dbt's output goes to
nightly-<run>-dbt.log beside it). A council whose files are rejected at landing, or whose new
loads fail the landing gate, is held: its new loads are marked `held` in raw._loads, so the
build goes on from its last good loads, and the other councils are not held up. The build,
the exports and the publication are all-or-nothing: if any fails, the previous publication
stays exactly as it was.

Exit status: 0 all done; 1 published, but a council was held or could not be landed;
3 nothing published (the build, an export or the publication failed).
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from cic.councils import store_registry
from cic.gates import landing_gate, submission_gate, write_data_docs
from cic.land.jobs import Job, land_each
from cic.land.lander import Outcome, date_form_notes, same_bytes_elsewhere, with_notes
from cic.land.names import printable
from cic.land.report import (
    absent_line,
    absent_tables,
    elsewhere_messages,
    repeated_line,
    repeated_tables,
)
from cic.land.survey import Skipped, survey
from cic.land.warehouse import connect
from cic.nightly import dbt_build, publish
from cic.nightly.extracts import SSDA903, CouncilExtract, discover, read_registry
from cic.paths import PROJECT_ROOT, published_dir, warehouse_path

PUBLISHED_OK = 0
COUNCIL_HELD = 1
NOT_PUBLISHED = 3
# Test hook: a run whose CIC_NIGHTLY_KILL_AT names a checkpoint kills itself there (SIGKILL),
# as a power cut or an out-of-memory kill would. Used by tests/python/test_nightly.py.
KILL_AT = "CIC_NIGHTLY_KILL_AT"

GATES_DDL = """
create table if not exists raw._gates (
    load_id integer not null,
    suite varchar not null,
    passed boolean not null,
    problems varchar,
    gated_at timestamp not null
)"""


@dataclass
class Step:
    step: str
    la: str | None
    seconds: float
    status: str  # ok, held, failed, skipped, warning
    detail: str = ""


@dataclass
class RunLog:
    run_id: str
    started_at: str
    extracts: str
    status: str = "running"
    finished_at: str | None = None
    steps: list[Step] = field(default_factory=list)
    held: dict[str, str] = field(default_factory=dict)

    def write(self, path: Path) -> None:
        staged = path.with_name(f".{path.name}.tmp")
        staged.write_text(json.dumps(asdict(self), indent=1) + "\n", encoding="utf-8")
        staged.replace(path)


def checkpoint(name: str) -> None:
    """Die here, as a killed process would, when the test hook names this point."""
    if os.environ.get(KILL_AT) == name:
        os.kill(os.getpid(), signal.SIGKILL)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@contextmanager
def _exclusive(lock: Path) -> Iterator[None]:
    """One nightly run per warehouse at a time."""
    handle = lock.open("w")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RuntimeError(
                f"another nightly run is using {lock.parent}: wait for it to finish"
            ) from None
        yield
    finally:
        handle.close()


Report = Callable[[Step], None]


@dataclass
class Options:
    extracts: Path
    registry: Path
    only: set[str] | None = None
    years: list[str] | None = None
    on_step: Report | None = None
    on_build_progress: Callable[[int, int, str], None] | None = None


class Nightly:
    """One nightly run over one warehouse."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.warehouse = warehouse_path()
        self.warehouse.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.published = published_dir()
        self.logs = self.warehouse.parent / "logs"
        self.run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}"
        self.log = RunLog(self.run_id, _now(), str(options.extracts))
        self.log_path = self.logs / f"nightly-{self.run_id}.json"

    # The steps -------------------------------------------------------------------------------

    def run(self) -> int:
        self.logs.mkdir(parents=True, exist_ok=True, mode=0o700)
        with _exclusive(self.warehouse.parent / ".nightly.lock"):
            status = self._run()
        self.log.status = {PUBLISHED_OK: "ok", COUNCIL_HELD: "held"}.get(status, "failed")
        self.log.finished_at = _now()
        self.log.write(self.log_path)
        return status

    def _record(self, step: Step) -> None:
        self.log.steps.append(step)
        self.log.write(self.log_path)
        if self.options.on_step is not None:
            self.options.on_step(step)

    @contextmanager
    def _step(self, name: str, la: str | None = None) -> Iterator[Step]:
        step = Step(name, la, 0.0, "ok")
        started = time.perf_counter()
        try:
            yield step
        except _StepFailed:
            raise
        except Exception as exc:
            step.status = "failed"
            step.detail = f"{type(exc).__name__}: {exc}"
            raise
        finally:
            step.seconds = round(time.perf_counter() - started, 2)
            self._record(step)

    def _run(self) -> int:
        with self._step("discover") as step:
            found = discover(
                self.options.extracts, read_registry(self.options.registry), self.options.only
            )
            step.detail = (
                f"{len(found.councils)} council(s), {len(found.errors)} not landable, "
                f"{len(found.left_alone)} path(s) left alone"
            )
            for council in found.councils:
                for warning in council.warnings:
                    self._record(Step("discover", council.la, 0.0, "warning", warning))
            for la, problem in found.errors.items():
                self.log.held[la] = problem
                self._record(Step("discover", la, 0.0, "held", problem))
            for path, why in found.left_alone.items():
                self._record(Step("discover", path, 0.0, "warning", why))
        with connect(self.warehouse) as con:
            con.execute(GATES_DDL)
            store_registry(con, self.options.registry)
            landed = self._land(con, found.councils)
            for council in found.councils:
                if council.la not in landed:  # its landing failed: held, logged by its step
                    continue
                try:
                    self._landing_gate(con, council, landed[council.la])
                except (RuntimeError, ValueError, OSError, duckdb.Error) as exc:
                    # Logged by its step; the council is held, the others go on.
                    with suppress(duckdb.TransactionException):
                        con.rollback()
                    self.log.held[council.la] = f"{type(exc).__name__}: {exc}"
            self._reference_postcodes(con)
            sources = self._cms_sources(con)
        try:
            self._build(sources)
            run_folder = self.published / "runs" / self.run_id
            self._export(run_folder)
            self._publish(run_folder)
        except Exception as exc:
            # Nothing is published. A failing step has logged what went wrong; log anything
            # that failed between steps here.
            if not self.log.steps or self.log.steps[-1].status != "failed":
                self._record(Step("nightly", None, 0.0, "failed", f"{type(exc).__name__}: {exc}"))
            return NOT_PUBLISHED
        return COUNCIL_HELD if self.log.held else PUBLISHED_OK

    def _land(
        self, con: duckdb.DuckDBPyConnection, councils: list[CouncilExtract]
    ) -> dict[str, list[Outcome]]:
        """Land every council's new files, two folders at a time (cic.land.jobs), each folder
        in its own transaction as when it lands alone; a "land" step per council. A council
        whose folder cannot be surveyed or landed is held, and the others go on. Returns each
        landed council's outcomes."""
        jobs: list[Job] = []
        owner: list[str] = []
        skipped: dict[str, list[Skipped]] = {council.la: [] for council in councils}
        failed: dict[str, Exception] = {}
        for council in councils:
            for year, folder in sorted(council.folders.items(), key=lambda i: str(i[0])):
                try:
                    found = survey([folder])
                except (RuntimeError, ValueError, OSError) as exc:
                    failed.setdefault(council.la, exc)
                    break
                skipped[council.la] += found.skipped
                jobs.append(Job(council.la, year, found.files, council.source))
                owner.append(council.la)
        results = land_each(con, jobs, keep_going=True)
        load_ids = [
            o.load_id
            for result in results
            if result.landed is not None
            for o in result.landed[0]
            if o.load_id and o.status == "landed"
        ]
        dated = date_form_notes(con, load_ids)
        elsewhere = same_bytes_elsewhere(con, load_ids)
        checkpoint("land")
        outcomes: dict[str, list[Outcome]] = {council.la: [] for council in councils}
        seconds: dict[str, float] = dict.fromkeys(outcomes, 0.0)
        # What the land step warns of: tables with no file, tables in more than one file.
        notes: dict[str, list[str]] = {la: [] for la in outcomes}
        for la, job, result in zip(owner, jobs, results, strict=True):
            seconds[la] += result.seconds
            if result.error is not None:
                failed.setdefault(la, result.error)
            elif result.landed is not None:
                landed, unreadable = result.landed
                outcomes[la] += with_notes(landed, dated)
                notes[la] += [
                    f"{printable(o.path.name)}: {dated[o.load_id]}"
                    for o in landed
                    if o.load_id in dated and o.status == "landed"
                ]
                if absent := absent_tables(job.source, job.year, landed):
                    notes[la].append(absent_line(job.source, job.year, absent).plain)
                notes[la] += [repeated_line(message).plain for message in repeated_tables(landed)]
                notes[la] += [
                    repeated_line(message).plain
                    for message in elsewhere_messages(landed, elsewhere)
                ]
                if unreadable:  # vanished, or changed since the survey: the council is held
                    failed.setdefault(la, unreadable[0][1])
        for council in councils:
            step = Step("land", council.la, round(seconds[council.la], 2), "ok")
            if council.la in failed:
                error = failed[council.la]
                step.status = "failed"
                step.detail = f"{type(error).__name__}: {error}"
                self.log.held[council.la] = step.detail
                self._record(step)
                continue
            done = outcomes[council.la]
            counts = {s: sum(o.status == s for o in done) for s in ("landed", "unchanged")}
            rows = sum(o.rows_landed for o in done)
            # Rows of landed files that held no record (blank, a header again): in raw._rejects.
            left_out = sum(o.rows_rejected for o in done if o.status == "landed")
            listed = (
                f"; {left_out} row(s) with no record listed in raw._rejects" if left_out else ""
            )
            step.detail = (
                f"{council.source}: {counts['landed']} file(s) landed ({rows} rows{listed}), "
                f"{counts['unchanged']} unchanged"
            )
            if notes[council.la]:
                step.status = "warning"
                step.detail += "; " + "; ".join(notes[council.la])
            if skipped[council.la]:
                step.status = "warning"
                step.detail += f", {len(skipped[council.la])} skipped: " + "; ".join(
                    f"{printable(str(s.path))}: {s.reason}" for s in skipped[council.la]
                )
            self._record(step)
        return {la: done for la, done in outcomes.items() if la not in failed}

    def _landing_gate(
        self, con: duckdb.DuckDBPyConnection, council: CouncilExtract, outcomes: list[Outcome]
    ) -> None:
        rejected = [o for o in outcomes if o.status == "rejected"]
        problems = [
            f"{o.path}{f', row {o.row}' if o.row else ''}: rejected: {o.message}" for o in rejected
        ]
        with self._step("landing gate", council.la) as step:
            ungated = [
                int(load_id)
                for (load_id,) in con.execute(
                    """
                    select load_id from raw._loads
                    where la_code = ? and source_system = ? and status = 'landed'
                      and load_id not in (select load_id from raw._gates)
                    order by load_id
                    """,
                    [council.la, council.source],
                ).fetchall()
            ]
            results = landing_gate(con, ungated) if ungated else []
            for result in results:
                problems += list(result.problems)
            con.begin()
            for result in results:
                con.execute(
                    "insert into raw._gates values (?, ?, ?, ?, current_timestamp)",
                    [
                        result.load_id,
                        result.suite,
                        result.passed,
                        "; ".join(result.problems) or None,
                    ],
                )
            if problems:
                held = [
                    *ungated,
                    *(o.load_id for o in outcomes if o.status == "landed" and o.load_id),
                ]
                con.execute(
                    "update raw._loads set status = 'held', message = concat_ws('; ', message, "
                    "'held by the nightly landing gate') where load_id in "
                    f"({', '.join(str(int(i)) for i in set(held)) or 'null'})"
                )
            con.commit()
            step.detail = f"{len(ungated)} new load(s) checked, {len(problems)} problem(s)"
            if problems:
                step.status = "held"
                step.detail += ": " + " | ".join(problems)
                self.log.held[council.la] = "; ".join(problems)

    def _reference_postcodes(self, con: duckdb.DuckDBPyConnection) -> None:
        ((loaded,),) = con.execute("select count(*) from reference_data.postcodes").fetchall()
        if loaded:
            return
        with self._step("reference postcodes") as step:
            from cic.reference import postcodes

            result = postcodes.load(con)
            step.detail = f"{result.loaded} postcodes loaded (none were loaded before)"

    def _cms_sources(self, con: duckdb.DuckDBPyConnection) -> list[str]:
        return [
            str(source)
            for (source,) in con.execute(
                "select distinct source_system from raw._loads "
                "where status = 'landed' and source_system != ? order by 1",
                [SSDA903],
            ).fetchall()
        ]

    def _build(self, sources: list[str]) -> None:
        """dbt build of the CMS families landed. The collection years of CMS-fed returns are
        dbt's to decide, from each council's extract (int_ssda903__derived_years), unless
        --years names them."""
        dbt_vars: dict[str, object] = {"cms_sources": sources}
        if self.options.years:
            dbt_vars["ssda903_years"] = sorted(set(self.options.years))
        with self._step("dbt build") as step:
            outcome = dbt_build.build(
                self.warehouse,
                dbt_vars,
                self.logs / f"nightly-{self.run_id}-dbt.log",
                self.options.on_build_progress,
                on_start=lambda: checkpoint("build"),
                extra=("--target-path", str(self._target())),
            )
            results = ", ".join(f"{k} {v}" for k, v in sorted(outcome.results.items()))
            if not outcome.ok:
                step.status = "failed"
                step.detail = (
                    f"dbt build failed (exit {outcome.returncode}); "
                    f"{outcome.nodes} nodes: {results}; log {outcome.log}"
                )
                raise _StepFailed
            # The line dbt's on-run-end hook writes when it built the derived years.
            derived = outcome.derived or "no CMS-fed return derived (no CMS family built)"
            step.detail = f"{outcome.nodes} nodes: {results}; {derived}; log {outcome.log}"

    def _target(self) -> Path:
        """dbt's target folder for this warehouse (manifest, run results, partial parse), inside
        the warehouse's owner-only folder: runs on two warehouses never share one, and the next
        night's run on the same warehouse parses only what changed."""
        return self.warehouse.parent / "dbt_target"

    def _export(self, run_folder: Path) -> None:
        from cic.export.returns import export_return

        run_folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        con = duckdb.connect(str(self.warehouse), read_only=True)
        try:
            returns = con.execute(
                "select distinct la_code, collection_year from ssda903.header order by 1, 2"
            ).fetchall()
            for la, year in returns:
                with self._step("export", str(la)) as step:
                    folder = run_folder / "exports" / str(la) / str(year)
                    try:
                        csv = export_return(con, str(la), str(year), folder, "csv")
                        export_return(con, str(la), str(year), folder, "xml")
                    except (RuntimeError, OSError) as exc:
                        step.status = "failed"
                        step.detail = f"{year}: {exc}"
                        raise _StepFailed from exc
                    step.detail = f"{year}: {sum(csv.rows.values())} rows, CSV and XML"
                with self._step("submission gate", str(la)) as step:
                    results = submission_gate(folder, str(year))
                    failing: dict[str, int] = {}
                    for result in results:
                        for code, n in result.failing_rows.items():
                            failing[code] = failing.get(code, 0) + n
                    step.detail = f"{year}: " + (
                        ", ".join(f"rule {c}: {n} row(s)" for c, n in sorted(failing.items()))
                        or "every Stage 1 single-field expectation met"
                    )
                    if failing:
                        step.status = "warning"
            checkpoint("export")
        finally:
            con.close()

    def _publish(self, run_folder: Path) -> None:
        from cic.report import write_report

        published = self.published
        published.mkdir(parents=True, exist_ok=True, mode=0o700)
        publish.clear_leftovers(published)
        # Staged in the run's folder under their published names, then moved out by the swap.
        staged = run_folder / publish.DATABASE
        staged_report = run_folder / publish.REPORT
        with self._step("data docs") as step:
            index = write_data_docs(PROJECT_ROOT / "target" / "data_docs")
            step.detail = str(index)
        with self._step("publish") as step:
            marts = publish.public_marts(self._target() / "manifest.json")
            rows = publish.stage_database(self.warehouse, marts, staged)
            publish.write_parquet(staged, marts, run_folder / "parquet")
            step.detail = f"{len(marts)} marts, {sum(rows.values())} rows"
        with self._step("report") as step:
            # What the run's status will be once the swap is done: the report shows it.
            self.log.status = "held" if self.log.held else "ok"
            self.log.write(self.log_path)
            write_report(staged, staged_report, self.log_path)
            step.detail = f"{staged_report.stat().st_size} bytes"
        checkpoint("publish")
        with self._step("swap") as step:
            publish.swap(
                published,
                staged,
                run_folder,
                staged_report,
                {"run_id": self.run_id, "published_at": _now(), "marts": rows},
            )
            step.detail = f"published {published}"


class _StepFailed(Exception):
    """A step failed and said why in its log entry: nothing is published."""
