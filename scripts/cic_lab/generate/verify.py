"""Check generated returns against the reference validator (the oracle).

For one LA-year of a generated folder (`DIR/ssda903/<la>/<year>/*.csv`,
`DIR/local_authorities.csv`, optionally `DIR/manifest.json` from error injection) this runs
the oracle, with the previous year when given, and reports:

(a) per rule, the share of undamaged children the oracle flags: noise in the clean data;
(b) per defect kind, the share of injected defects for which the oracle reports one of the
    defect's expected rule codes for that child: the detection rate.

Output carries counts and rule codes only, never child ids or dates.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from cic.ssda903 import check_la, check_year
from cic_lab.oracle import known_defects
from cic_lab.oracle.runner import OracleResult, ProviderLists, run


@dataclass(frozen=True)
class KindFigure:
    """Detection of one defect kind: how many were injected and how many the oracle caught."""

    defect: str
    rule_codes: tuple[str, ...]
    injected: int
    detected: int

    @property
    def rate(self) -> float:
        return self.detected / self.injected if self.injected else 0.0


@dataclass
class CheckReport:
    """What `check` found for one LA-year."""

    la: str
    year: str
    previous: str | None
    ruleset: str
    wall_seconds: float
    peak_rss_mb: float
    rules_done: int
    rules_skipped: list[str]
    rules_failed: list[str]
    children: int  # in this year's Header
    clean_children: int  # not damaged this year or last
    clean_flagged: dict[str, int]  # rule code -> undamaged children flagged
    kinds: list[KindFigure] = field(default_factory=list)
    known: dict[str, str] = field(default_factory=dict)  # rule code -> known oracle defect
    # rule code -> undamaged children flagged, as sets (for the distinct total)
    clean_children_per_rule: dict[str, set[str]] = field(default_factory=dict)
    explained: frozenset[str] = frozenset()  # codes whose flags a known oracle defect explains

    @property
    def clean_flagged_distinct(self) -> int:
        """Undamaged children flagged by any rule that is not a known oracle false positive."""
        kids: set[str] = set()
        for code, flagged in self.clean_children_per_rule.items():
            if code not in self.explained:
                kids |= flagged
        return len(kids)

    @property
    def clean_flagged_distinct_share(self) -> float:
        return self.clean_flagged_distinct / self.clean_children if self.clean_children else 0.0

    @property
    def injected(self) -> int:
        return sum(k.injected for k in self.kinds)

    @property
    def detected(self) -> int:
        return sum(k.detected for k in self.kinds)

    @property
    def detection_rate(self) -> float:
        return self.detected / self.injected if self.injected else 0.0

    def clean_share(self, code: str) -> float:
        return self.clean_flagged.get(code, 0) / self.clean_children if self.clean_children else 0.0

    def render(self, top: int = 40) -> str:
        lines = [
            f"oracle check: LA {self.la}, {self.year}"
            + (f" with {self.previous}" if self.previous else " (no previous year)")
            + f", rule set {self.ruleset}",
            f"  run: {self.wall_seconds:.1f} s wall, {self.peak_rss_mb:.0f} MB peak; rules "
            f"{self.rules_done} done, {len(self.rules_skipped)} skipped, "
            f"{len(self.rules_failed)} failed ({', '.join(sorted(self.rules_failed)) or '-'})",
            f"  children: {self.children}, undamaged: {self.clean_children}",
            "",
            "(a) clean data: share of undamaged children flagged, per rule",
        ]
        ranked = sorted(self.clean_flagged.items(), key=lambda kv: (-kv[1], kv[0]))
        for code, count in ranked[:top]:
            note = f"  [oracle defect: {self.known[code]}]" if code in self.known else ""
            if code in self.explained:
                note += " (not counted)"
            lines.append(f"    {code:>10}  {count:6d}  {self.clean_share(code):7.1%}{note}")
        if len(ranked) > top:
            lines.append(f"    ... {len(ranked) - top} more rules flag fewer children")
        if not ranked:
            lines.append("    none")
        lines.append(
            f"    {'distinct':>10}  {self.clean_flagged_distinct:6d}  "
            f"{self.clean_flagged_distinct_share:7.1%}  children, any rule but known defects"
        )
        lines += ["", "(b) injected defects detected by an expected rule code, per kind"]
        for kind in sorted(self.kinds, key=lambda k: (k.rate, k.defect)):
            codes = ",".join(kind.rule_codes)
            lines.append(
                f"    {kind.defect:<42} {codes:<10} {kind.detected:4d}/{kind.injected:<4d} "
                f"{kind.rate:7.1%}"
            )
        if self.kinds:
            lines.append(
                f"    {'all kinds':<42} {'':<10} {self.detected:4d}/{self.injected:<4d} "
                f"{self.detection_rate:7.1%}"
            )
        else:
            lines.append("    no injected defects for this LA-year (no manifest entries)")
        return "\n".join(lines)


def ons_code(data: Path, la: str) -> str:
    """The LA's ONS code from `DIR/local_authorities.csv`."""
    with (data / "local_authorities.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["la_code"] == la:
                return row["ons_code"]
    raise ValueError(f"LA {la} is not in {data / 'local_authorities.csv'}")


def _header_children(folder: Path) -> set[str]:
    path = folder / "header.csv"
    if not path.exists():
        return set()
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return {row["CHILD"].upper() for row in csv.DictReader(handle) if row.get("CHILD")}


def load_manifest(data: Path) -> list[dict[str, object]]:
    path = data / "manifest.json"
    if not path.exists():
        return []
    entries = json.loads(path.read_text(encoding="utf-8"))
    return list(entries) if isinstance(entries, list) else []


def detection(result: OracleResult, entries: list[dict[str, object]]) -> list[KindFigure]:
    """Per defect kind, how many manifest entries got an expected rule code for their child."""
    tally: dict[str, list[int]] = {}
    codes: dict[str, tuple[str, ...]] = {}
    for entry in entries:
        name = str(entry["defect"])
        expected = {str(c) for c in entry["rule_codes"]}  # type: ignore[attr-defined]
        codes[name] = tuple(sorted(expected))
        counts = tally.setdefault(name, [0, 0])
        counts[0] += 1
        if expected & result.codes_for_child(str(entry["child"])):
            counts[1] += 1
    return [KindFigure(n, codes[n], c[0], c[1]) for n, c in sorted(tally.items())]


def _providers(data: Path) -> ProviderLists | None:
    """The generator's Ofsted lists (CSV sheets, made into xlsx on the oracle side), if any."""
    folder = data / "providers"
    if (folder / "childrens_homes__provider_information.csv").exists():
        return ProviderLists(csv_folder=folder)
    return None


def check(data: Path, la: str, year: str, previous: str | None) -> CheckReport:
    """Run the oracle on one LA-year of a generated folder and measure noise and detection."""
    check_la(la)
    check_year(year)
    this_folder = data / "ssda903" / la / year
    if not this_folder.is_dir():
        raise FileNotFoundError(f"no generated return at {this_folder}")
    prev_folder = None
    if previous is not None:
        prev_folder = data / "ssda903" / la / check_year(previous)
        if not prev_folder.is_dir():
            raise FileNotFoundError(f"no generated return at {prev_folder}")
    result = run(
        this_folder,
        year,
        ons_code(data, la),
        previous_year=prev_folder,
        providers=_providers(data),
    )
    manifest = [e for e in load_manifest(data) if e.get("la_code") == la]
    this_year = [e for e in manifest if e.get("year") == year]
    damaged = {str(e["child"]).upper() for e in manifest if e.get("year") in (year, previous)}
    children = _header_children(this_folder)
    clean = children - damaged
    flagged: dict[str, int] = {}
    per_rule: dict[str, set[str]] = {}
    for code, kids in result.children_per_rule().items():
        hit = {k.upper() for k in kids} & clean
        if hit:
            flagged[code] = len(hit)
            per_rule[code] = hit
    return CheckReport(
        la=la,
        year=year,
        previous=previous,
        ruleset=result.ruleset,
        wall_seconds=result.wall_seconds,
        peak_rss_mb=result.peak_rss_mb,
        rules_done=len(result.dones),
        rules_skipped=list(result.skips),
        rules_failed=list(result.fails),
        children=len(children),
        clean_children=len(clean),
        clean_flagged=flagged,
        kinds=detection(result, this_year),
        known=_known(year),
        clean_children_per_rule=per_rule,
        explained=explained_codes(year),
    )


# Kinds of known defect behind flags on clean data that are not the generator's fault: the oracle
# flags records the DfE rule would pass, or two DfE rules conflict so one must fire.
FLAGGING_KINDS = frozenset({"false_positive", "needs_reference_data", "dfe_rules_conflict"})


def explained_codes(year: str) -> frozenset[str]:
    """Rule codes whose findings in clean data a known oracle false positive explains."""
    return frozenset(
        code
        for defect in known_defects.load()
        if year in defect.years and defect.kind in FLAGGING_KINDS
        for code in defect.rule_codes
    )


def _known(year: str) -> dict[str, str]:
    """Rule code -> every known defect in force for it ("id, kind; ..."), flagging kinds first."""
    return {
        code: known_defects.describe(sorted(found, key=lambda d: d.kind not in FLAGGING_KINDS))
        for code, found in known_defects.in_force(year).items()
    }
