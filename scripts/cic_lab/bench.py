"""Benchmark: the warehouse against the reference validator on the same generated returns.

Generates a tier for a previous and a current collection year (or reuses the one generated
before, if the generator and what it reads are unchanged), then times, each in its own child
process so that its peak memory is its own: landing every LA's files, parsing the project
(`dbt parse`, which a nightly run repeats only after a code change), the nightly
`dbt build --selector nightly` (CDM, marts, every implemented rule, data tests, no unit tests),
and the reference validator run LA by LA, one process per LA, as LAs run it today.

With a CMS `source` (lcs, mosaic, eclipse), the warehouse lands each LA's extract of that
family instead of the 903 files and derives the return for the two years from the common data
model; the reference validator still reads the generated 903 files of the same children.

With `spark`, the same nightly build also runs on a local Spark (dbt-spark in session mode, the
`spark` target of profiles.example.yml; run from .venv-spark, `make bootstrap-spark`): the
landed raw schema is published as Parquet (`cic spark-raw`), built on Spark, and every
published mart is compared with the DuckDB build's, row by row (cic_lab.engine_compare). Its
memory is summed over the process tree: Spark's JVM is a child of the dbt process.

With `analytics_pairs`, the cost of the analytics marts: the nightly build again, from the same
built warehouse each time, with them (selector nightly) and without them (selector
nightly_without_analytics), alternating, as many pairs as asked; the medians are compared.
Alternating pairs, because a machine's speed drifts over minutes.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import statistics
import sys
from dataclasses import dataclass, field
from pathlib import Path

from cic.paths import PROJECT_ROOT
from cic_lab.oracle.runner import run as run_oracle
from cic_lab.parity import ons_code
from cic_lab.processes import NO_CMS_VARS, Measured, dbt, measure

COMPLETE = ".complete"


@dataclass
class Phase:
    name: str
    wall_seconds: float
    peak_rss_mb: float
    children: int

    @property
    def children_per_second(self) -> float:
        return self.children / self.wall_seconds if self.wall_seconds else 0.0


@dataclass
class BenchReport:
    tier: str
    years: list[str]
    las: int
    children: int
    phases: list[Phase] = field(default_factory=list)
    oracle_las: int = 0
    dbt_timings: dict[str, float] = field(default_factory=dict)
    source: str | None = None  # a CMS family the warehouse landed instead of 903 files
    spark_tables: int = 0  # with --spark: tables and views compared, and how many differ
    spark_differ: list[str] = field(default_factory=list)
    # With analytics_pairs: the nightly build's wall seconds with and without the analytics marts.
    with_analytics: list[float] = field(default_factory=list)
    without_analytics: list[float] = field(default_factory=list)

    def phase(self, name: str) -> Phase:
        return next(p for p in self.phases if p.name == name)


def data_folder(tier: str, seed: int, years: list[str], source: str | None = None) -> Path:
    name = f"{tier}_seed{seed}_{'_'.join(years)}" + (f"_{source}" if source else "")
    return PROJECT_ROOT / "generated" / "bench" / name


def generator_inputs_digest() -> str:
    """A digest of what generated data depends on besides its arguments: the project's code
    (scripts/: the generator and the declarations it reads), contracts/ and seeds/."""
    digest = hashlib.sha256()
    for top in ("scripts", "contracts", "seeds"):
        for path in sorted((PROJECT_ROOT / top).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and ".egg-info" not in str(path):
                digest.update(str(path.relative_to(PROJECT_ROOT)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def ensure_data(
    folder: Path, tier: str, seed: int, years: list[str], sources: tuple[str, ...]
) -> Path:
    """Generate the tier into `folder` once; later runs reuse it while the generator's inputs
    are unchanged (the marker that says the folder is complete holds their digest): data from
    an older generator is generated again, not measured as if it were current."""
    marker = folder / COMPLETE
    current = generator_inputs_digest()
    if not marker.exists() or marker.read_text(encoding="utf-8").strip() != current:
        from cic_lab.generate import run

        if folder.exists():
            shutil.rmtree(folder)
        run(folder, tier, years, seed, sources=sources)
        marker.write_text(current + "\n", encoding="utf-8")
    return folder


def _returns(data: Path, year: str) -> list[tuple[str, Path]]:
    return sorted((p.parent.name, p) for p in (data / "ssda903").glob(f"*/{year}") if p.is_dir())


def _children(folder: Path) -> int:
    header = folder / "header.csv"
    with header.open(encoding="utf-8") as handle:
        return max(sum(1 for _ in handle) - 1, 0)


LAND_ALL = """
import sys
from pathlib import Path
from cic.land.jobs import Job, land_jobs
from cic.land.lander import expand
from cic.land.warehouse import connect
warehouse, data, years = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3].split(',')
jobs = [
    Job(folder.parent.name, year, expand([folder]))
    for year in years
    for folder in sorted((data / 'ssda903').glob('*/' + year))
]
with connect(warehouse) as con:
    for outcomes, unreadable in land_jobs(con, jobs):
        for outcome in outcomes:
            if outcome.status == 'rejected':
                raise SystemExit('rejected: ' + str(outcome.path) + ': ' + outcome.message)
        if unreadable:
            raise SystemExit('unreadable: ' + str(unreadable[0][0]))
"""

LOAD_POSTCODES = """
import sys
from pathlib import Path
from cic.land.warehouse import connect
from cic.reference import postcodes
with connect(Path(sys.argv[1])) as con:
    postcodes.load(con)
"""

LAND_EXTRACTS = """
import sys
from pathlib import Path
from cic_lab.cms_match import generated_las, land_extracts
warehouse, data, source = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
land_extracts(warehouse, data, source, generated_las(data, source))
"""


def _node_timings(scratch: Path) -> dict[str, float]:
    """Seconds dbt spent per layer, from run_results.json."""
    results = json.loads((scratch / "dbt_target" / "run_results.json").read_text())
    nodes = json.loads((scratch / "dbt_target" / "manifest.json").read_text())["nodes"]
    totals: dict[str, float] = {}
    for result in results["results"]:
        unique_id = result["unique_id"]
        kind = unique_id.split(".")[0]
        if kind == "model":
            name = unique_id.split(".")[-1]
            folder = nodes.get(unique_id, {}).get("fqn", ["", ""])[1]
            layer = (
                "analytics"
                if folder == "analytics"
                else "staging"
                if name.startswith(("stg_", "base_"))
                else "cdm"
                if name.startswith("int_cdm")
                else "derived return"
                if name.startswith("int_ssda903__") and name.endswith("_from_cdm")
                else "ssda903 marts"
                if name.startswith("ssda903__")
                else "validation"
            )
        else:
            layer = f"{kind}s"
        totals[layer] = totals.get(layer, 0.0) + float(result["execution_time"])
    return totals


def _check(measured: Measured, what: str) -> None:
    if measured.returncode != 0:
        tail = "\n".join((measured.stdout + measured.stderr).strip().splitlines()[-12:])
        raise RuntimeError(f"{what} failed:\n{tail}")


def _on_spark(report: BenchReport, warehouse: Path, scratch: Path, variables: list[str]) -> None:
    """The nightly build again on a local Spark, timed, and its marts compared with DuckDB's."""
    from cic_lab.engine_compare import compare, published_views, relations_from_manifest

    spark = scratch / "spark"  # Spark's tables hold child-level data: owner-only
    spark.mkdir(mode=0o700)
    (spark / "tmp").mkdir(mode=0o700)
    # The spark target of the example profile, whatever a profiles.yml of the project holds.
    profiles = scratch / "spark_profiles"
    profiles.mkdir()
    (profiles / "profiles.yml").write_text((PROJECT_ROOT / "profiles.example.yml").read_text())
    env = {
        "CIC_SPARK_DIR": str(spark),
        # One dbt invocation on a fresh folder: no Derby metastore needed (as make test-spark).
        "CIC_SPARK_CATALOG": "in-memory",
        "CIC_SPARK_VIEW_DIR": str(spark / "views"),
        "SPARK_LOCAL_IP": "127.0.0.1",
    }
    published = measure(
        [str(Path(sys.executable).parent / "cic"), "spark-raw"],
        env=os.environ | env | {"CIC_WAREHOUSE": str(warehouse)},
    )
    _check(published, "cic spark-raw")
    report.phases.append(
        Phase("Parquet for Spark", published.wall_seconds, published.peak_rss_mb, report.children)
    )
    # Spark's scratch files hold child-level data too: the JVM inherits an owner-only mask.
    previous_mask = os.umask(0o077)
    try:
        built = dbt(
            warehouse,
            spark,
            "build",
            "--selector",
            "nightly",
            "--target",
            "spark",
            *variables,
            env=env,
            profiles=profiles,
            tree=True,
        )
    finally:
        os.umask(previous_mask)
    _check(built, "dbt build on Spark")
    report.phases.append(
        Phase("dbt build (Spark)", built.wall_seconds, built.peak_rss_mb, report.children)
    )
    manifest = scratch / "dbt_target" / "manifest.json"
    results = compare(
        warehouse,
        spark / "warehouse",
        relations=relations_from_manifest(manifest),
        views=published_views(manifest),
        spark_views=spark / "views",
    )
    report.spark_tables = len(results)
    report.spark_differ = [r.name for r in results if not r.ok]


def _analytics_cost(
    report: BenchReport, warehouse: Path, scratch: Path, variables: list[str], pairs: int
) -> None:
    """The nightly build without and with the analytics marts, `pairs` times each, alternating,
    each from a copy of the warehouse as the first build left it. The copy goes back to the same
    path, so that dbt's partial parse holds and only the build is timed."""
    base = scratch / "built.duckdb"
    base.touch(mode=0o600)  # a copy of the warehouse: child data, owner-only before it is written
    shutil.copyfile(warehouse, base)
    for _ in range(pairs):
        for selector, walls in (
            ("nightly_without_analytics", report.without_analytics),
            ("nightly", report.with_analytics),
        ):
            shutil.copyfile(base, warehouse)
            # With dbt's manifest and run results written, as the nightly run's build does.
            built = dbt(
                warehouse, scratch, "build", "--selector", selector, *variables, artifacts=True
            )
            _check(built, f"dbt build --selector {selector}")
            walls.append(built.wall_seconds)
    base.unlink()


def bench(
    tier: str,
    seed: int,
    years: list[str],
    oracle_las: int | None,
    source: str | None = None,
    spark: bool = False,
    analytics_pairs: int = 0,
) -> BenchReport:
    data = ensure_data(
        data_folder(tier, seed, years, source), tier, seed, years, (source,) if source else ()
    )
    current, previous = years[-1], years[-2]
    returns = _returns(data, current)
    children = sum(_children(folder) for _, folder in returns)
    report = BenchReport(tier, years, len(returns), children, source=source)

    scratch = PROJECT_ROOT / "target" / "bench" / (f"{tier}_{source}" if source else tier)
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir(parents=True)
    warehouse = scratch / "build.duckdb"
    if source:
        landed = measure([sys.executable, "-c", LAND_EXTRACTS, str(warehouse), str(data), source])
        landing = f"land ({source} extract)"
        variables = ["--vars", json.dumps({"cms_sources": [source], "ssda903_years": years})]
    else:
        landed = measure(
            [sys.executable, "-c", LAND_ALL, str(warehouse), str(data), ",".join(years)]
        )
        # A warehouse fed by 903 files alone builds no CMS staging.
        landing = f"land ({len(years)} years)"
        variables = ["--vars", NO_CMS_VARS]
    _check(landed, "landing")
    report.phases.append(Phase(landing, landed.wall_seconds, landed.peak_rss_mb, children))
    if not source:  # as the nightly run does: placement distances need the postcode directory
        loaded = measure([sys.executable, "-c", LOAD_POSTCODES, str(warehouse)])
        _check(loaded, "loading the ONS postcodes")
        report.phases.append(
            Phase("ONS postcodes", loaded.wall_seconds, loaded.peak_rss_mb, children)
        )
    # The nightly run parses the project only when its code changed; the build then reuses the
    # parsed manifest (dbt's partial parsing). Both are timed.
    parsed = dbt(warehouse, scratch, "parse", *variables, artifacts=True)
    _check(parsed, "dbt parse")
    report.phases.append(Phase("dbt parse", parsed.wall_seconds, parsed.peak_rss_mb, children))
    built = dbt(warehouse, scratch, "build", "--selector", "nightly", *variables, artifacts=True)
    _check(built, "dbt build")
    report.phases.append(Phase("dbt build", built.wall_seconds, built.peak_rss_mb, children))
    report.dbt_timings = _node_timings(scratch)
    if spark:
        _on_spark(report, warehouse, scratch, variables)
    if analytics_pairs:
        _analytics_cost(report, warehouse, scratch, variables, analytics_pairs)

    # A sample spread over the LAs' sizes: with the LAs sorted by children, the middle one of
    # each of `oracle_las` equal bands (one LA: the median). The validator's time per LA has a
    # fixed part, so a sample of small LAs (the first codes include the smallest) would
    # extrapolate far too high.
    by_size = sorted(returns, key=lambda item: (_children(item[1]), item[0]))
    chosen = (
        returns
        if not oracle_las or oracle_las >= len(returns)
        else [by_size[(2 * i + 1) * len(by_size) // (2 * oracle_las)] for i in range(oracle_las)]
    )
    wall, peak, oracle_children = 0.0, 0.0, 0
    for la, folder in chosen:
        result = run_oracle(
            folder, current, ons_code(la), previous_year=data / "ssda903" / la / previous
        )
        wall += result.wall_seconds
        peak = max(peak, result.peak_rss_mb)
        oracle_children += _children(folder)
    report.oracle_las = len(chosen)
    if oracle_children and len(chosen) < len(returns):
        # Extrapolated by children: the validator's time grows with the size of the return.
        wall = wall * children / oracle_children
    report.phases.append(Phase("reference validator", wall, peak, children))
    return report


def render(report: BenchReport) -> str:
    lines = [
        f"bench tier {report.tier}: {report.las} LA(s), {report.children} children in "
        f"{report.years[-1]} (with {report.years[-2]} as previous year)"
        + (f", the warehouse fed by {report.source} extracts" if report.source else ""),
        f"{'phase':<24}{'wall s':>10}{'children/s':>14}{'peak MB':>10}",
    ]
    for p in report.phases:
        lines.append(
            f"{p.name:<24}{p.wall_seconds:>10.1f}{p.children_per_second:>14.0f}"
            f"{p.peak_rss_mb:>10.0f}"
        )
    dbt_wall = report.phase("dbt build").wall_seconds
    parse_wall = report.phase("dbt parse").wall_seconds
    oracle = report.phase("reference validator")
    lines.append(
        f"reference validator / dbt build: {oracle.wall_seconds / dbt_wall:.1f}x"
        f" ({oracle.wall_seconds / (parse_wall + dbt_wall):.1f}x with a parse after a code change)"
        + (
            f" (validator run on {report.oracle_las} of {report.las} LAs, extrapolated by children)"
            if report.oracle_las < report.las
            else ""
        )
    )
    if report.spark_tables:
        spark_wall = report.phase("dbt build (Spark)").wall_seconds
        lines.append(
            f"dbt build on Spark / on DuckDB: {spark_wall / dbt_wall:.1f}x; "
            f"{report.spark_tables - len(report.spark_differ)} of {report.spark_tables} marts "
            "identical on both engines"
            + (f" (differ: {', '.join(report.spark_differ)})" if report.spark_differ else "")
        )
    if report.with_analytics:
        with_median = statistics.median(report.with_analytics)
        without_median = statistics.median(report.without_analytics)
        lines.append(
            f"analytics marts' cost: the nightly build {with_median:.1f} s with them, "
            f"{without_median:.1f} s without (medians of {len(report.with_analytics)} "
            f"alternating runs each): {100 * (with_median / without_median - 1):+.0f}%; "
            f"with {', '.join(f'{w:.1f}' for w in report.with_analytics)}; "
            f"without {', '.join(f'{w:.1f}' for w in report.without_analytics)}"
        )
    lines.append(
        "dbt time by layer (s, summed over threads): "
        + ", ".join(f"{k} {v:.1f}" for k, v in sorted(report.dbt_timings.items()))
    )
    return "\n".join(lines)
