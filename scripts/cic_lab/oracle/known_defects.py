"""Known defects of the reference validator, read from `seeds/reference/oracle_known_defects.csv`.

Where the oracle and the DfE rule disagree we follow the rule; comparisons skip or annotate the
rule codes listed here for the years listed.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from cic.paths import PROJECT_ROOT

SEED = PROJECT_ROOT / "seeds" / "reference" / "oracle_known_defects.csv"


@dataclass(frozen=True)
class KnownDefect:
    defect_id: str
    rule_codes: tuple[str, ...]
    years: tuple[str, ...]
    kind: str  # always_fails, false_positive, false_negative, wrong_result, skipped, ...
    explanation: str
    dfe_rule_text: str


def load(path: Path = SEED) -> list[KnownDefect]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            KnownDefect(
                defect_id=row["defect_id"],
                rule_codes=tuple(row["rule_codes"].split("|")),
                years=tuple(row["years"].split("|")),
                kind=row["kind"],
                explanation=row["explanation"],
                dfe_rule_text=row["dfe_rule_text"],
            )
            for row in csv.DictReader(handle)
        ]


def in_force(year: str, defects: list[KnownDefect] | None = None) -> dict[str, list[KnownDefect]]:
    """Rule code -> the oracle defects in force for it in a collection year, in file order."""
    out: dict[str, list[KnownDefect]] = {}
    for defect in defects if defects is not None else load():
        if year in defect.years:
            for code in defect.rule_codes:
                out.setdefault(code, []).append(defect)
    return out


def describe(defects: list[KnownDefect]) -> str:
    """A rule's defects as "id, kind; id, kind"."""
    return "; ".join(f"{d.defect_id}, {d.kind}" for d in defects)


def affected_codes(year: str, defects: list[KnownDefect] | None = None) -> dict[str, str]:
    """Rule code -> every oracle defect in force for it in a collection year ("id, kind; ...")."""
    return {code: describe(found) for code, found in in_force(year, defects).items()}


def explains(defects: list[KnownDefect], ours_only: bool, oracle_only: bool) -> bool:
    """Whether a rule's known defects account for the way the two sides differ: records only the
    oracle flags need a defect that is not a false negative of the oracle's (it flags what the
    rule passes, gets the rule wrong, or cannot run it as written), and records only we flag
    need one that is not a false positive of the oracle's."""
    if not defects:
        return not ours_only and not oracle_only
    kinds = {d.kind for d in defects}
    return (not oracle_only or bool(kinds - {"false_negative"})) and (
        not ours_only or bool(kinds - {"false_positive"})
    )
