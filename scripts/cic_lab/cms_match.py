"""Does the return derived from each CMS extract equal the 903 files generated for the same
children? Land every shape's extracts into one warehouse, each LA's extract of each shape as a
council of its own, build the ssda903 marts from the common data model once, and compare each
council's return with the generator's 903 CSVs row for row and value for value."""

from __future__ import annotations

import csv
import json
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from cic.cms import source_tables
from cic.export.returns import read_return
from cic.land.jobs import Job, land_jobs
from cic.land.lander import expand
from cic.land.warehouse import connect
from cic.ssda903 import TABLES
from cic_lab.processes import dbt

Key = tuple[str | None, ...]


@dataclass
class TableMatch:
    """One table of one shape, over every LA and year compared."""

    expected: int = 0  # rows in the generated 903 files
    derived: int = 0  # rows in the marts derived from the extract
    matched: int = 0  # rows equal in every value (as a multiset)

    @property
    def share(self) -> float:
        """Matched rows over the larger of the two row counts; 1.0 when both are empty."""
        larger = max(self.expected, self.derived)
        return 1.0 if larger == 0 else self.matched / larger


@dataclass
class ShapeMatch:
    source: str
    tables: dict[str, TableMatch] = field(default_factory=dict)

    @property
    def share(self) -> float:
        expected = sum(t.expected for t in self.tables.values())
        derived = sum(t.derived for t in self.tables.values())
        matched = sum(t.matched for t in self.tables.values())
        larger = max(expected, derived)
        return 1.0 if larger == 0 else matched / larger


def generated_las(data: Path, source: str) -> list[str]:
    """The LAs that have an extract of `source` under `data`."""
    folder = data / source
    if not folder.is_dir():
        raise FileNotFoundError(f"no {source} extracts in {data}: generate with --sources {source}")
    return sorted(p.name for p in folder.iterdir() if p.is_dir())


def read_generated(folder: Path, table: str, columns: tuple[str, ...]) -> list[Key]:
    """Rows of one generated 903 CSV as tuples of its DfE columns (blank as None)."""
    path = folder / f"{table}.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [tuple(row[c] or None for c in columns) for row in csv.DictReader(handle)]


def land_extracts(
    warehouse: Path, data: Path, source: str, las: list[str], as_councils: list[str] | None = None
) -> None:
    """Land each LA's extract of `source` (DATA/<source>/<la>/), two at a time (cic.land.jobs),
    as the council of the same code, or of the code at the same place in `as_councils`; then
    raise if a file was rejected."""
    source_tables(source)
    councils = las if as_councils is None else as_councils
    jobs = [
        Job(council, None, expand([data / source / la]), source)
        for la, council in zip(las, councils, strict=True)
    ]
    with connect(warehouse) as con:
        landed = land_jobs(con, jobs)
    for job, (outcomes, _) in zip(jobs, landed, strict=True):
        rejected = [o for o in outcomes if o.status == "rejected"]
        if rejected:
            raise RuntimeError(
                f"{len(rejected)} {source} file(s) of LA {job.la} could not be landed: "
                f"{rejected[0].path.name}: {rejected[0].message}"
            )


def build_vars(sources: list[str], years: list[str]) -> str:
    """dbt's --vars for a warehouse built with the CMS families `sources`, deriving `years`.
    dbt parses the project again for other vars: builds that pass the same text share one
    parse (cic_lab.processes)."""
    return json.dumps({"cms_sources": sorted(sources), "ssda903_years": years})


def build(
    warehouse: Path, scratch: Path, sources: list[str], years: list[str]
) -> tuple[float, float]:
    """Build the return derived from the CMS families `sources` (the `ssda903_return`
    selector: staging, the common data model, the ssda903 marts and validation.unmapped_codes),
    without its tests. A family listed whose extract the warehouse does not hold builds empty."""
    built = dbt(
        warehouse,
        scratch,
        "build",
        "--selector",
        "ssda903_return",
        "--exclude-resource-type",
        "test",
        "--vars",
        build_vars(sources, years),
    )
    if built.returncode != 0:
        tail = "\n".join(built.stdout.strip().splitlines()[-20:])
        raise RuntimeError(f"dbt build failed for the {', '.join(sources)} extracts:\n{tail}")
    return built.wall_seconds, built.peak_rss_mb


def compare(
    warehouse: Path, data: Path, councils: dict[str, str], years: list[str], result: ShapeMatch
) -> None:
    """Tally into `result` each council's derived return (`councils`: council code in the
    warehouse -> the generated LA whose 903 files it is compared with)."""
    with connect(warehouse) as con:
        for council, la in councils.items():
            for year in years:
                derived = read_return(con, council, year)
                folder = data / "ssda903" / la / year
                for table in TABLES:
                    if not table.exists_in(year):
                        continue
                    want = Counter(read_generated(folder, table.name, table.columns))
                    got = Counter(
                        tuple(None if r[c] is None else str(r[c]) for c in table.columns)
                        for r in derived.get(table.name, [])
                    )
                    tally = result.tables.setdefault(table.name, TableMatch())
                    tally.expected += sum(want.values())
                    tally.derived += sum(got.values())
                    tally.matched += sum((want & got).values())


@dataclass
class Matched:
    """What `match` compared: a result per shape, the one warehouse, the council code each
    (shape, generated LA) was landed as, and the one build's wall time and peak memory."""

    shapes: list[ShapeMatch]
    warehouse: Path
    councils: dict[tuple[str, str], str]
    build_seconds: float
    build_peak_mb: float


def match(data: Path, sources: list[str], years: list[str], scratch: Path) -> Matched:
    """Land every source's extracts into a fresh warehouse in `scratch`, build the return once
    and compare it. An LA has an extract of every source generated, and a council is fed by one
    family: so each (source, LA) is landed as a council of its own, numbered from 001 (no code
    of a real council is needed: the derivation reads the council's code from its extract's
    landing alone, and the family-wide local code maps hold for every council)."""
    work = scratch / "warehouse"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    warehouse = work / "build.duckdb"
    councils: dict[tuple[str, str], str] = {}
    for source in sources:
        las = generated_las(data, source)
        codes = [f"{len(councils) + n:03d}" for n in range(1, len(las) + 1)]
        land_extracts(warehouse, data, source, las, codes)
        councils.update({(source, la): code for la, code in zip(las, codes, strict=True)})
    seconds, peak_mb = build(warehouse, work, sources, years)
    shapes = []
    for source in sources:
        result = ShapeMatch(source)
        mine = {code: la for (s, la), code in councils.items() if s == source}
        compare(warehouse, data, mine, years, result)
        shapes.append(result)
    return Matched(shapes, warehouse, councils, seconds, peak_mb)
