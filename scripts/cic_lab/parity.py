"""Parity: run the warehouse and the reference validator on the same 903 files, rule by rule.

Both sides' failing records are compared as sets of (table, child, natural key), the child and
the natural key (DECOM, REVIEW, MIS_START ...) in upper case, as the validator reads them.
Only rules we implement and that are in force in the year are scored. Output holds counts and
rule codes, never child ids.
"""

from __future__ import annotations

import csv
import json
import shutil
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

import duckdb

from cic.land.lander import Lander, expand
from cic.land.warehouse import connect
from cic.paths import PROJECT_ROOT
from cic.reference import postcodes as reference_postcodes
from cic.reference import providers as reference_providers
from cic.ssda903 import TABLES, check_year
from cic_lab.oracle import known_defects
from cic_lab.oracle.runner import OracleResult, ProviderLists
from cic_lab.oracle.runner import run as run_oracle
from cic_lab.processes import NO_CMS_VARS, dbt

Key = tuple[str, str, str]  # table, CHILD, natural key (both upper case)
DFE_TO_TABLE = {t.dfe_name: t.name for t in TABLES}
LOCAL_AUTHORITIES = PROJECT_ROOT / "seeds" / "reference" / "local_authorities.csv"


@dataclass
class RuleParity:
    """One rule's comparison."""

    rule_code: str
    ours: int
    oracle: int
    both: int
    agree: bool
    oracle_status: str  # done, skipped, failed, absent (not in its rule set)
    known_defect: str = ""  # "id, kind; ..." of the oracle defects in force for the rule
    # Disagreeing records about a child whose values the two read differently (read_differently):
    # they explain themselves, whatever the known defects say.
    read_differently: int = 0
    # The records agree, or the known defects account for each side's extra records (an oracle
    # false negative cannot explain records only the oracle flags, nor a false positive records
    # only we flag), leaving aside the records read differently.
    explained: bool = True


@dataclass
class ParityReport:
    la: str
    year: str
    previous: str | None
    rules: list[RuleParity] = field(default_factory=list)
    oracle_seconds: float = 0.0
    oracle_peak_mb: float = 0.0
    known: dict[str, str] = field(default_factory=dict)
    # Injected defects (generator manifest) whose expected rules we implement, and how many of
    # them validation.errors reports with one of those codes for that child.
    injected: int = 0
    injected_found: int = 0
    injected_missed: dict[str, int] = field(default_factory=dict)  # defect kind -> missed

    @property
    def compared(self) -> list[RuleParity]:
        """Rules the validator ran: one it skipped or that crashed has no result to compare."""
        return [r for r in self.rules if r.oracle_status == "done"]

    @property
    def agreeing(self) -> int:
        return sum(r.agree for r in self.compared)

    @property
    def share(self) -> float:
        return self.agreeing / len(self.compared) if self.compared else 1.0

    @property
    def unexplained(self) -> list[RuleParity]:
        """Compared rules that disagree in a way no known oracle defect accounts for."""
        return [r for r in self.compared if not r.explained]

    def to_json(self) -> str:
        payload = asdict(self) | {
            "compared": len(self.compared),
            "agreeing": self.agreeing,
            "share": round(self.share, 4),
            "unexplained": [r.rule_code for r in self.unexplained],
        }
        return json.dumps(payload, indent=1)


def ons_code(la: str) -> str:
    with LOCAL_AUTHORITIES.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["la_code"] == la:
                return row["ons_code"]
    raise ValueError(f"LA {la} is not in {LOCAL_AUTHORITIES.name}")


def return_folder(data: Path, la: str, year: str) -> Path:
    """A generated set's DIR/ssda903/<la>/<year>, or DIR itself when it holds the files.

    A generated set (a DIR with an ssda903 folder) without that council's year is an error that
    names what is missing, not an attempt to land every file of the set. A DIR that is not a
    folder is an error before anything is built or removed."""
    if not data.is_dir():
        raise ValueError(f"no such folder: {data}")
    nested = data / "ssda903" / la / year
    if nested.is_dir():
        return nested
    if (data / "ssda903").is_dir():
        raise ValueError(f"{data} is a generated set with no 903 files for LA {la} in {year}")
    return data


def previous_year(year: str) -> str:
    start = int(check_year(year)[:4]) - 1
    return f"{start}-{(start + 1) % 100:02d}"


def _our_failures(warehouse: Path, la: str, year: str) -> tuple[dict[str, set[Key]], set[str]]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute(
            "select rule_code, table_name, child, locator from validation.errors "
            "where la_code = ? and collection_year = ?",
            [la, year],
        ).fetchall()
        implemented = {
            r[0].upper()
            for r in con.execute(
                "select rule_code from validation.rules "
                "where collection_year = ? and implementation != 'not_implemented'",
                [year],
            ).fetchall()
        }
    found: dict[str, set[Key]] = defaultdict(set)
    for code, table, child, locator in rows:
        found[code.upper()].add(
            (DFE_TO_TABLE.get(table, table), (child or "").upper(), (locator or "").upper())
        )
    return found, implemented


def _injected(
    data: Path, la: str, year: str, ours: dict[str, set[Key]], implemented: set[str]
) -> tuple[int, int, dict[str, int]]:
    """Of the manifest's defects for this LA-year whose rules we implement, how many we report."""
    manifest = data / "manifest.json"
    if not manifest.exists():
        return 0, 0, {}
    by_child: dict[str, set[str]] = defaultdict(set)
    for code, keys in ours.items():
        for _, child, _ in keys:
            by_child[child].add(code)
    total = found = 0
    missed: dict[str, int] = defaultdict(int)
    for entry in json.loads(manifest.read_text(encoding="utf-8")):
        if entry.get("la_code") != la or entry.get("year") != year:
            continue
        expected = {str(c).upper() for c in entry["rule_codes"]} & implemented
        if not expected:
            continue
        total += 1
        if expected & by_child.get(str(entry["child"]).upper(), set()):
            found += 1
        else:
            missed[str(entry["defect"])] += 1
    return total, found, dict(missed)


def _oracle_failures(result: OracleResult) -> dict[str, set[Key]]:
    found: dict[str, set[Key]] = defaultdict(set)
    for f in result.findings:
        if not f.last_year:
            found[f.rule_code.upper()].add(
                (f.table, (f.child or "").upper(), (f.key or "").upper())
            )
    return found


def _canonical(child: str) -> str:
    return child.strip(" ").upper()


def read_differently(*folders: Path) -> frozenset[str]:
    """The children (CHILD trimmed, upper case) whose values staging and the validator read
    differently in the CSV files of `folders`: staging trims the ASCII spaces around every value
    and keeps a CHILD id's case; the validator trims nothing and upper-cases every value. So a
    code with a space after it is valid to us and not to the validator, and a CHILD id in lower
    case is another child to us and the same child to the validator."""
    children: set[str] = set()
    for folder in folders:
        for path in sorted(folder.glob("*.csv")):
            with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
                rows = csv.reader(handle)
                header = [h.strip().upper() for h in next(rows, [])]
                if "CHILD" not in header:
                    continue
                at = header.index("CHILD")
                for row in rows:
                    if len(row) <= at:
                        continue
                    child = row[at]
                    if child != _canonical(child) or any(v != v.strip(" ") for v in row):
                        children.add(_canonical(child))
    return frozenset(children)


def compare(
    ours: dict[str, set[Key]],
    implemented: set[str],
    oracle: OracleResult,
    known: dict[str, list[known_defects.KnownDefect]],
    differently: frozenset[str] = frozenset(),
) -> list[RuleParity]:
    theirs = _oracle_failures(oracle)
    status = {c.upper(): "done" for c in oracle.dones}
    status |= {c.upper(): "skipped" for c in oracle.skips}
    status |= {c.upper(): "failed" for c in oracle.fails}
    known_upper = {c.upper(): v for c, v in known.items()}
    out = []
    for code in sorted(implemented):
        mine, other = ours.get(code, set()), theirs.get(code, set())
        defects = known_upper.get(code, [])
        apart = {k for k in mine ^ other if _canonical(k[1]) in differently}
        out.append(
            RuleParity(
                rule_code=code,
                ours=len(mine),
                oracle=len(other),
                both=len(mine & other),
                agree=mine == other,
                oracle_status=status.get(code, "absent"),
                known_defect=known_defects.describe(defects),
                read_differently=len(apart),
                explained=known_defects.explains(
                    defects, bool(mine - other - apart), bool(other - mine - apart)
                ),
            )
        )
    return out


def land_and_build(
    scratch: Path,
    la: str,
    year: str,
    this: Path,
    previous: Path | None,
    providers: Path | None = None,
) -> Path:
    """A fresh parity warehouse with the files landed, the ONS postcodes and (when given) the
    Ofsted provider lists loaded, and the rules and their results built (the `validation`
    selector) without their tests, as a warehouse fed by 903 files alone (NO_CMS_VARS)."""
    if scratch.exists():
        shutil.rmtree(scratch)
    warehouse = scratch / "build.duckdb"
    with connect(warehouse) as con:
        reference_postcodes.load(con)
        if providers is not None:
            reference_providers.load(con, providers)
        for folder, collection_year in [(this, year), (previous, previous_year(year))]:
            if folder is None:
                continue
            lander = Lander(con, la, collection_year)
            outcomes, _ = lander.land_all(expand([folder]))
            rejected = [o for o in outcomes if o.status == "rejected"]
            if rejected:
                raise RuntimeError(
                    f"{len(rejected)} file(s) in {folder} could not be landed; "
                    "run cic land on them to see why"
                )
    built = dbt(
        warehouse,
        scratch,
        "build",
        "--selector",
        "validation",
        "--exclude-resource-type",
        "test",
        "--vars",
        NO_CMS_VARS,
    )
    if built.returncode != 0:
        tail = "\n".join(built.stdout.strip().splitlines()[-15:])
        raise RuntimeError(f"dbt build failed for parity:\n{tail}")
    return warehouse


def provider_lists(folder: Path) -> ProviderLists | None:
    """The Ofsted provider lists of a data folder's `providers/`, for the oracle: the
    generator's CSV sheets, or the two xlsx workbooks as Ofsted publishes them (both sides then
    read the same workbooks); None when there are none."""
    if (folder / "childrens_homes__provider_information.csv").exists():
        return ProviderLists(csv_folder=folder)
    books: dict[str, Path] = {}
    for path in sorted(folder.glob("*.xlsx")) if folder.is_dir() else []:
        if not path.name.startswith("~$"):
            books[reference_providers.read_workbook(path)[0]] = path
    if not books:
        return None
    if set(books) != {"childrens_homes", "social_care_providers"}:
        raise ValueError(f"{folder}: the oracle needs both Ofsted workbooks, found {sorted(books)}")
    return ProviderLists(
        children_homes=books["childrens_homes"], social_care=books["social_care_providers"]
    )


def parity(data: Path, la: str, year: str, previous: Path | None) -> ParityReport:
    this = return_folder(data, la, year)
    prev = return_folder(previous, la, previous_year(year)) if previous else None
    scratch = PROJECT_ROOT / "target" / "parity" / f"{la}_{year}"
    providers_dir = data / "providers"
    providers = provider_lists(providers_dir)
    warehouse = land_and_build(
        scratch, la, year, this, prev, providers_dir if providers is not None else None
    )
    ours, implemented = _our_failures(warehouse, la, year)
    oracle = run_oracle(this, year, ons_code(la), previous_year=prev, providers=providers)
    known = known_defects.in_force(year)
    report = ParityReport(
        la,
        year,
        previous_year(year) if prev else None,
        oracle_seconds=oracle.wall_seconds,
        oracle_peak_mb=oracle.peak_rss_mb,
        known=known_defects.affected_codes(year),
    )
    folders = [this] if prev is None else [this, prev]
    report.rules = compare(ours, implemented, oracle, known, read_differently(*folders))
    report.injected, report.injected_found, report.injected_missed = _injected(
        data, la, year, ours, implemented
    )
    out = PROJECT_ROOT / "target" / "parity" / f"{la}_{year}.json"
    out.write_text(report.to_json() + "\n", encoding="utf-8")
    return report
