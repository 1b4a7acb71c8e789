"""The `cic-lab` command: synthetic data, the reference validator, parity, benchmarks and
cms-match. Development tooling beside the runtime `cic` command; it may use `cic`, never the
other way round."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table as RichTable
from rich.text import Text

from cic.cms import SOURCES
from cic.options import collection_year, given_path, la_code, reflow_help
from cic.paths import PROJECT_ROOT

app = typer.Typer(
    help="Children-in-care warehouse lab: generate synthetic data, compare with the reference "
    "validator, benchmark.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console()
err = Console(stderr=True)

TIERS = ("small", "la", "region", "national")


def _generate_stats(data: Path) -> None:
    from cic_lab.generate import stats

    console.print(stats(data))


def _generate_check(data: Path, la: str | None, year: str | None, previous: str | None) -> None:
    from cic_lab.generate.verify import check
    from cic_lab.oracle.venv import OracleInstallError, ensure

    if not la or not year:
        raise typer.BadParameter("--check needs --la and --year (and usually --previous)")
    try:
        ensure()
        last = collection_year(previous) if previous else None
        report = check(data, la_code(la), collection_year(year), last)
    except (OracleInstallError, FileNotFoundError, ValueError) as exc:
        err.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    console.print(report.render(), highlight=False)


@app.command()
def generate(
    out: Annotated[
        Path | None,
        typer.Option("--out", parser=given_path, help="Folder to write the synthetic data to."),
    ] = None,
    tier: Annotated[str, typer.Option("--tier", help="small, la, region or national.")] = "small",
    years: Annotated[
        str, typer.Option("--years", help="Comma-separated collection years.")
    ] = "2024-25,2025-26",
    seed: Annotated[int, typer.Option("--seed", help="Same seed, same bytes.")] = 1,
    errors: Annotated[
        float, typer.Option("--errors", help="Share of children to damage (0 to 1).")
    ] = 0.0,
    xml: Annotated[bool, typer.Option("--xml", help="Also write the EXPSSDA903 XML.")] = False,
    sources: Annotated[
        str,
        typer.Option(
            "--sources",
            help="CMS extract shapes to write beside the 903 files, as DIR/<source>/<la>/: "
            "comma-separated from lcs, mosaic, eclipse, or none.",
        ),
    ] = "lcs,mosaic,eclipse",
    stats_of: Annotated[
        Path | None,
        typer.Option(
            "--stats",
            parser=given_path,
            help="Print a generated set's headline figures and stop.",
        ),
    ] = None,
    check_of: Annotated[
        Path | None,
        typer.Option(
            "--check",
            parser=given_path,
            help="Run the reference validator on one LA-year of a generated set (with --la, "
            "--year, --previous) and print per-rule noise and injected-defect detection.",
        ),
    ] = None,
    la: Annotated[str | None, typer.Option("--la", help="LA for --check.")] = None,
    year: Annotated[str | None, typer.Option("--year", help="Year for --check.")] = None,
    previous: Annotated[
        str | None, typer.Option("--previous", help="Previous year for --check.")
    ] = None,
) -> None:
    """Generate synthetic 903 returns from one simulated model of children's lives."""
    if stats_of is not None:
        _generate_stats(stats_of)
        return
    if check_of is not None:
        _generate_check(check_of, la, year, previous)
        return
    if out is None:
        raise typer.BadParameter("give --out DIR (or --stats DIR, or --check DIR)")
    if tier not in TIERS:
        raise typer.BadParameter(f"--tier must be one of {', '.join(TIERS)}")
    if not 0 <= errors < 1:
        raise typer.BadParameter("--errors is a share of children, from 0 to below 1")
    try:
        year_list = [collection_year(y.strip()) for y in years.split(",") if y.strip()]
    except typer.BadParameter as exc:
        raise typer.BadParameter(str(exc), param_hint="--years") from exc
    from cic_lab.generate import run

    shapes = tuple(s.strip() for s in sources.split(",") if s.strip() and s.strip() != "none")
    unknown = [s for s in shapes if s not in SOURCES]
    if unknown:
        raise typer.BadParameter(
            f"unknown source {', '.join(unknown)}: use {', '.join(SOURCES)} or none",
            param_hint="--sources",
        )
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    with Progress(
        "generating",
        BarColumn(),
        MofNCompleteColumn(),
        "LAs",
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("generating", total=None)

        def finished(_la: str, done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        result = run(
            out, tier, year_list, seed, errors=errors, xml=xml, sources=shapes, on_la=finished
        )
    children = sum(
        tables.get("header", 0) for by_year in result.rows.values() for tables in by_year.values()
    )
    console.print(
        f"Generated tier {tier}: {len(result.rows)} LA(s), years {', '.join(year_list)}, "
        f"{children} Header rows in all, {result.defects} injected defect(s), "
        f"{result.total_seconds:.1f} s -> {out}"
    )


@app.command(name="parity")
def parity_command(
    data: Annotated[
        Path,
        typer.Option(
            "--data", parser=given_path, help="This year's 903 files (or a generated set)."
        ),
    ],
    la: Annotated[str, typer.Option("--la", help="DfE 3-digit LA code.", callback=la_code)],
    year: Annotated[str, typer.Option("--year", help="Collection year.", callback=collection_year)],
    previous: Annotated[
        Path | None,
        typer.Option(
            "--previous", parser=given_path, help="Last year's 903 files (or generated set)."
        ),
    ] = None,
    all_rules: Annotated[
        bool, typer.Option("--all", help="List every rule, not only those that disagree.")
    ] = False,
) -> None:
    """Run the warehouse and the reference validator on the same files and compare per rule."""
    from cic_lab.oracle import known_defects
    from cic_lab.oracle.runner import OracleRunError
    from cic_lab.oracle.venv import OracleInstallError
    from cic_lab.parity import parity

    try:
        report = parity(data, la, year, previous)
    except (RuntimeError, OracleRunError, OracleInstallError, ValueError, OSError) as exc:
        err.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    table = RichTable(
        title=f"Parity for LA {la}, {year}: our rules against the reference validator"
    )
    for column in (
        "rule",
        "ours",
        "oracle",
        "both",
        "agree",
        "oracle status",
        "known defect",
        "read differently",
        "explained",
    ):
        table.add_column(column, overflow="fold")  # defect ids wrap, never cut
    for r in report.rules:
        if all_rules or not r.agree:
            table.add_row(
                r.rule_code,
                str(r.ours),
                str(r.oracle),
                str(r.both),
                "[green]yes[/]" if r.agree else "[red]no[/]",
                r.oracle_status,
                Text(r.known_defect),
                str(r.read_differently or ""),
                "" if r.agree else ("yes" if r.explained else "[red]no[/]"),
            )
    console.print(table)
    not_run = [r.rule_code for r in report.rules if r.oracle_status != "done"]
    console.print(
        f"{report.agreeing} of {len(report.compared)} rules agree ({report.share:.1%}), of "
        f"{len(report.rules)} implemented; the validator did not run "
        f"{', '.join(not_run) or 'none'} (no result to compare); oracle "
        f"{report.oracle_seconds:.1f} s, {report.oracle_peak_mb:.0f} MB; details in "
        f"target/parity/{la}_{year}.json"
    )
    if report.injected:
        console.print(
            f"injected defects whose rules we implement: {report.injected_found} of "
            f"{report.injected} reported in validation.errors with an expected code"
            + (f"; missed by kind: {report.injected_missed}" if report.injected_missed else "")
        )
    apart = sum(r.read_differently for r in report.compared)
    if apart:
        console.print(
            f"read differently: {apart} disagreeing record(s) are about a child whose values the "
            "two read differently (staging trims the spaces around a value and keeps a CHILD "
            "id's case; the validator trims nothing and upper-cases every value), so they "
            "explain themselves"
        )
    unexplained = [r.rule_code for r in report.unexplained]
    console.print(
        "disagreements no known oracle defect accounts for (by which side flags the extra "
        f"records): {', '.join(unexplained) or 'none'}"
    )
    known = {code.upper(): found for code, found in known_defects.in_force(year).items()}
    shown = {d.defect_id for r in report.rules if not r.agree for d in known.get(r.rule_code, [])}
    for defect in known_defects.load():
        if defect.defect_id in shown:
            console.print(
                f"[bold]{defect.defect_id}[/] ({', '.join(defect.rule_codes)}): "
                f"{defect.explanation} DfE: \u201c{defect.dfe_rule_text}\u201d"
            )


@app.command(name="messy")
def messy_command(
    data: Annotated[
        Path,
        typer.Option("--data", parser=given_path, help="A generated set, or a folder of 903 CSVs."),
    ],
    out: Annotated[
        Path, typer.Option("--out", parser=given_path, help="Folder to write the copy to (new).")
    ],
    seed: Annotated[int, typer.Option("--seed", help="Same seed, same files.")] = 1,
    share: Annotated[
        float, typer.Option("--share", help="Share of data rows with one value replaced (0 to 1).")
    ] = 0.3,
) -> None:
    """Copy 903 files, replacing one value in a share of the rows by what other tools write
    there (lower case, spaces, other date layouts, NULL ...), for `cic-lab parity` on them."""
    from cic.owner_only import restrict
    from cic_lab.messy import messy_copy

    restrict()
    try:
        kinds = messy_copy(data, out, seed, share)
    except (ValueError, OSError) as exc:
        err.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    table = RichTable(title=f"Values replaced in {out}")
    table.add_column("kind")
    table.add_column("values", justify="right")
    for kind, count in sorted(kinds.items()):
        table.add_row(kind, str(count))
    console.print(table)
    console.print(f"{sum(kinds.values())} values replaced")


@app.command(name="cms-match")
def cms_match_command(
    data: Annotated[
        Path, typer.Argument(parser=given_path, help="A folder written by `cic-lab generate`.")
    ],
    sources: Annotated[
        str, typer.Option("--sources", help="Comma-separated CMS shapes to check.")
    ] = "lcs,mosaic,eclipse",
    scratch: Annotated[
        Path | None,
        typer.Option(
            "--scratch",
            parser=given_path,
            help="Where the warehouse of every shape goes (default: target/cms-match).",
        ),
    ] = None,
) -> None:
    """Derive the return from each CMS extract under DATA and compare it, table by table, with
    the 903 files generated for the same children; print the share of rows that match."""
    from cic_lab.cms_match import match

    shapes = [s.strip() for s in sources.split(",") if s.strip()]
    unknown = [s for s in shapes if s not in SOURCES]
    if unknown:
        raise typer.BadParameter(
            f"unknown source {', '.join(unknown)}: use {', '.join(SOURCES)}", param_hint="--sources"
        )
    returns = data / "ssda903"
    years = sorted({p.name for la in returns.glob("*") for p in la.glob("*") if p.is_dir()})
    if not years:
        err.print(f"[bold red]error:[/] no generated 903 files under {returns}")
        raise typer.Exit(2)
    try:
        matched = match(data, shapes, years, scratch or PROJECT_ROOT / "target" / "cms-match")
    except (FileNotFoundError, RuntimeError) as exc:
        err.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    table = RichTable(
        title=f"Return derived from each CMS extract vs generated 903 files ({', '.join(years)})"
    )
    table.add_column("table", overflow="fold")  # table names wrap, never cut
    results = matched.shapes
    for result in results:
        table.add_column(f"{result.source} match", justify="right")
        table.add_column("rows (903 / derived)", justify="right")
    names = sorted({name for r in results for name in r.tables})
    for name in names:
        cells = [name]
        for result in results:
            tally = result.tables.get(name)
            if tally is None:
                cells += ["-", "-"]
            else:
                cells += [f"{100 * tally.share:.2f}%", f"{tally.expected} / {tally.derived}"]
        table.add_row(*cells)
    table.add_row("all", *[x for r in results for x in (f"{100 * r.share:.2f}%", "")])
    console.print(table)
    console.print(
        f"One warehouse, each LA of each shape a council of its own: {matched.warehouse}; "
        f"dbt build {matched.build_seconds:.1f} s, peak {matched.build_peak_mb:.0f} MB"
    )
    if any(r.share < 1.0 for r in results):
        raise typer.Exit(1)


@app.command(name="bench")
def bench_command(
    tier: Annotated[str, typer.Option("--tier", help="la, region or national.")] = "la",
    seed: Annotated[int, typer.Option("--seed", help="Generator seed.")] = 1,
    years: Annotated[
        str,
        typer.Option(
            "--years",
            help="Collection years to generate and land, oldest first: the last is the current "
            "year the validator checks (with the one before), the earlier ones are history for "
            "the analytics measures.",
        ),
    ] = "2024-25,2025-26",
    oracle_las: Annotated[
        int | None,
        typer.Option(
            "--oracle-las",
            help="Run the reference validator on this many LAs only and extrapolate by "
            "children (default: every LA).",
        ),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(
            "--source",
            help="Land this CMS family's extracts (lcs, mosaic, eclipse) instead of 903 files "
            "and derive the return from them.",
        ),
    ] = None,
    spark: Annotated[
        bool,
        typer.Option(
            "--spark",
            help="Also build on a local Spark and compare every published mart with DuckDB's "
            "(run from .venv-spark: make bootstrap-spark).",
        ),
    ] = False,
    analytics_cost: Annotated[
        int,
        typer.Option(
            "--analytics-cost",
            help="Time the nightly build this many times with the analytics marts and as many "
            "without, alternating, and print what they add (median against median).",
            min=0,
        ),
    ] = 0,
) -> None:
    """Time landing, dbt build and validation against the reference validator, LA by LA."""
    from cic_lab.bench import bench, render

    if source is not None and source not in SOURCES:
        raise typer.BadParameter(f"--source must be one of {', '.join(SOURCES)}")
    if tier not in TIERS:
        raise typer.BadParameter(f"--tier must be one of {', '.join(TIERS)}")
    year_list = [collection_year(y.strip()) for y in years.split(",") if y.strip()]
    if len(year_list) < 2 or year_list != sorted(set(year_list)):
        raise typer.BadParameter("--years takes two or more collection years, oldest first")
    if spark and importlib.util.find_spec("dbt.adapters.spark") is None:
        err.print(
            "[bold red]error:[/] --spark needs dbt-spark: run cic-lab from .venv-spark "
            "(make bootstrap-spark)"
        )
        raise typer.Exit(2)
    try:
        report = bench(
            tier, seed, year_list, oracle_las, source, spark=spark, analytics_pairs=analytics_cost
        )
    except RuntimeError as exc:
        err.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    console.print(render(report), highlight=False)


@app.command(name="bench-nightly")
def bench_nightly_command(
    tier: Annotated[str, typer.Option("--tier", help="small, la, region or national.")] = "region",
    seed: Annotated[int, typer.Option("--seed", help="Generator seed.")] = 1,
    years: Annotated[
        str, typer.Option("--years", help="Collection years to generate.")
    ] = "2024-25,2025-26",
) -> None:
    """Time `cic nightly` step by step on a generated tier (councils round-robin on 903 files
    and each CMS family), on a first night (all new) and a second (nothing new)."""
    from cic_lab.bench_nightly import bench_nightly, render

    if tier not in TIERS:
        raise typer.BadParameter(f"--tier must be one of {', '.join(TIERS)}")
    year_list = [collection_year(y.strip()) for y in years.split(",") if y.strip()]
    try:
        assigned, nights = bench_nightly(tier, seed, year_list)
    except RuntimeError as exc:
        err.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    console.print(render(tier, assigned, nights), highlight=False)


@app.command(name="spark-compare")
def spark_compare_command(
    duckdb_file: Annotated[
        Path,
        typer.Option(
            "--duckdb", parser=given_path, help="The DuckDB build file of the DuckDB build."
        ),
    ],
    spark_warehouse: Annotated[
        Path,
        typer.Option(
            "--spark-warehouse",
            parser=given_path,
            help="Spark's warehouse folder (spark.sql.warehouse.dir) of the Spark build.",
        ),
    ],
    manifest: Annotated[
        Path | None,
        typer.Option(
            "--manifest",
            parser=given_path,
            help="dbt's manifest.json of the build: compare what the published_marts exposure "
            "names and every other table of its schemas (default: every table of ssda903, "
            "validation and analytics).",
        ),
    ] = None,
    every_table: Annotated[
        bool,
        typer.Option(
            "--every-table", help="With --manifest: every table and seed the build writes."
        ),
    ] = False,
    spark_views: Annotated[
        Path | None,
        typer.Option(
            "--spark-views",
            parser=given_path,
            help="With --manifest: the folder the Spark build wrote the published views to "
            "($CIC_SPARK_VIEW_DIR); without it they are not compared.",
        ),
    ] = None,
) -> None:
    """Compare the marts of a Spark build with the DuckDB build's (the published marts and the
    analytics facts), row by row, order-insensitive, types normalised. Prints one line per
    table.

    Exit status: 0 every table identical; 1 a table differs or is missing on one side; 2 a
    build is missing."""
    from cic_lab.engine_compare import compare, published_views, relations_from_manifest, render

    if not duckdb_file.is_file() or not spark_warehouse.is_dir():
        err.print("[bold red]error:[/] give a DuckDB build file and a Spark warehouse folder")
        raise typer.Exit(2)
    relations = None
    if manifest is not None:
        try:
            relations = relations_from_manifest(manifest, every_table)
        except (OSError, ValueError, RuntimeError) as exc:
            err.print(f"[bold red]error:[/] {exc}")
            raise typer.Exit(2) from exc
    views = published_views(manifest) if manifest is not None else []
    compared_views = views if spark_views is not None else []
    results = compare(
        duckdb_file,
        spark_warehouse,
        relations=relations,
        views=compared_views,
        spark_views=spark_views,
    )
    typer.echo(render(results))  # plain lines: a table name is never folded
    if views and not compared_views:
        typer.echo(
            f"{len(views)} published views not compared (Spark keeps no rows for a view: "
            "give --spark-views)"
        )
    if not results:
        err.print("[bold red]error:[/] no marts found on either engine")
        raise typer.Exit(2)
    if not all(r.ok for r in results):
        raise typer.Exit(1)


@app.command(name="lint-sql")
def lint_sql_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="SQL files and folders (default: models and tests/dbt)."),
    ] = None,
) -> None:
    """sqlfluff over the project's SQL, in two passes: the files with SQL of their own with the
    dbt templater, as .sqlfluff says; the files that are one macro call with the plain Jinja
    templater, which leaves the call unexpanded (sqlfluff drops every finding inside a
    macro's expansion, yet spends most of its time on it), and their last line end, which that
    pass cannot see. The findings are those of `sqlfluff lint models tests/dbt`.

    Exit status: sqlfluff's, the worse of the two passes (1 for a file without a last line
    end)."""
    from cic_lab.lint_sql import lint

    chosen = paths or [PROJECT_ROOT / "models", PROJECT_ROOT / "tests" / "dbt"]
    raise typer.Exit(lint([p.absolute() for p in chosen]))


reflow_help(app)
