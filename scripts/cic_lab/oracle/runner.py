"""Run the reference validator (the oracle) on a folder of 903 CSVs from the project venv.

The validator lives in its own venv (see `cic_lab.oracle.venv`); this module starts
`_run_validator.py` there as a subprocess, reads the JSON it writes and returns a typed
`OracleResult`. Wall time and the subprocess's peak memory are measured here.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from cic.ssda903 import check_year
from cic_lab.oracle import venv as oracle_venv
from cic_lab.processes import measure

SCRIPT = Path(__file__).with_name("_run_validator.py")

# Validator table name -> our table name (cic.ssda903.TABLES).
TABLE_NAMES: dict[str, str] = {
    "Header": "header",
    "Episodes": "episodes",
    "UASC": "uasc",
    "Reviews": "reviews",
    "AD1": "ad1",
    "PlacedAdoption": "placed_adoption",
    "PrevPerm": "prev_perm",
    "OC2": "oc2",
    "OC3": "oc3",
    "Missing": "missing",
    "SWEpisodes": "sw_episodes",
    "DoLo": "dolo",
}


class OracleRunError(RuntimeError):
    """The validator subprocess failed as a whole (not a single rule)."""


@dataclass(frozen=True)
class Finding:
    """One record the oracle flagged for one rule."""

    rule_code: str
    table: str  # our table name, e.g. episodes
    last_year: bool  # True when the flagged row is in the previous year's table
    child: str | None  # CHILD as the validator saw it (upper-cased)
    key: str | None  # the natural key: DECOM, REVIEW, MIS_START, DATE_PLACED, ...
    row: int | None  # 0-based data row of the CSV file


@dataclass(frozen=True)
class ProviderLists:
    """Ofsted provider lists: both `children_homes` and `social_care`, or `combined` (xlsx),
    or `csv_folder`, the generator's CSV sheets, which the oracle side turns into xlsx."""

    children_homes: Path | None = None
    social_care: Path | None = None
    combined: Path | None = None
    csv_folder: Path | None = None

    def arguments(self) -> list[str]:
        if self.csv_folder is not None:
            return ["--provider-csv", str(self.csv_folder.resolve())]
        if self.combined is not None:
            return ["--combined", str(self.combined.resolve())]
        if self.children_homes is not None and self.social_care is not None:
            return [
                "--ch",
                str(self.children_homes.resolve()),
                "--scp",
                str(self.social_care.resolve()),
            ]
        raise ValueError("give both children_homes and social_care, or combined")


@dataclass
class OracleResult:
    """What the validator found on one LA-year, plus how long and how much memory it took."""

    collection_year: str  # ours: 2025-26
    ruleset: str  # the validator's: lac2025_26
    validator_version: str
    findings: list[Finding]
    dones: list[str]
    skips: list[str]
    fails: list[str]
    messages: dict[str, str]
    table_rows: dict[str, int]
    wall_seconds: float
    validate_seconds: float
    peak_rss_mb: float
    _by_child: dict[str, set[str]] | None = field(default=None, repr=False)

    def counts(self) -> Counter[str]:
        """Flagged records per rule code."""
        return Counter(f.rule_code for f in self.findings)

    def children_per_rule(self) -> dict[str, set[str]]:
        """Distinct children flagged per rule code."""
        out: dict[str, set[str]] = {}
        for f in self.findings:
            if f.child is not None:
                out.setdefault(f.rule_code, set()).add(f.child)
        return out

    def codes_for_child(self, child: str) -> set[str]:
        """Rule codes flagged for a child (compared upper-case, as the validator stores ids)."""
        if self._by_child is None:
            index: dict[str, set[str]] = {}
            for f in self.findings:
                if f.child is not None:
                    index.setdefault(f.child.upper(), set()).add(f.rule_code)
            self._by_child = index
        return self._by_child.get(child.upper(), set())


def end_year(collection_year: str) -> str:
    """'2025-26' -> '2026', the end-year string the validator selects its rule set by."""
    return str(int(check_year(collection_year)[:4]) + 1)


def _finding(raw: list[object]) -> Finding:
    code, table, child, key, row = raw
    name = str(table)
    last = name.endswith("_last")
    base = name.removesuffix("_last")
    return Finding(
        rule_code=str(code),
        table=TABLE_NAMES.get(base, base.lower()),
        last_year=last,
        child=None if child is None else str(child),
        key=None if key is None else str(key),
        row=None if row is None else int(str(row)),
    )


def run(
    this_year: Path,
    collection_year: str,
    ons_code: str,
    previous_year: Path | None = None,
    providers: ProviderLists | None = None,
    rules: list[str] | None = None,
    python: Path | None = None,
) -> OracleResult:
    """Run the oracle on `this_year` (a folder of 903 CSVs), optionally with last year's folder.

    `python` is the oracle venv's interpreter; by default the venv is created if missing.
    """
    interpreter = python or oracle_venv.ensure()
    with tempfile.TemporaryDirectory(prefix="cic-oracle-") as tmp:
        out = Path(tmp) / "result.json"
        command = [
            str(interpreter),
            str(SCRIPT),
            "--this",
            str(this_year.resolve()),
            "--year",
            end_year(collection_year),
            "--la",
            ons_code,
            "--out",
            str(out),
        ]
        if previous_year is not None:
            command += ["--prev", str(previous_year.resolve())]
        if providers is not None:
            command += providers.arguments()
        if rules:
            command += ["--rules", *rules]
        completed = measure(command, cwd=Path(tmp))
        if completed.returncode != 0 or not out.exists():
            # Only the last line: the validator's messages may quote data values.
            lines = completed.stderr.strip().splitlines()
            last = lines[-1] if lines else "no output"
            raise OracleRunError(f"the validator exited {completed.returncode}: {last}")
        payload = json.loads(out.read_text(encoding="utf-8"))
    return OracleResult(
        collection_year=collection_year,
        ruleset=str(payload["ruleset"]),
        validator_version=str(payload["validator_version"]),
        findings=[_finding(e) for e in payload["errors"]],
        dones=list(payload["dones"]),
        skips=list(payload["skips"]),
        fails=list(payload["fails"]),
        messages=dict(payload["rules"]),
        table_rows=dict(payload["tables"]),
        wall_seconds=round(completed.wall_seconds, 2),
        validate_seconds=float(payload["seconds"]["read_and_validate"]),
        peak_rss_mb=round(completed.peak_rss_mb, 1),
    )
