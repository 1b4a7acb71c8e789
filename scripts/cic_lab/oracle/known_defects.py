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


def affected_codes(year: str, defects: list[KnownDefect] | None = None) -> dict[str, str]:
    """Rule code -> "defect id, kind" for the oracle defects in force in a collection year."""
    out: dict[str, str] = {}
    for defect in defects if defects is not None else load():
        if year in defect.years:
            for code in defect.rule_codes:
                out.setdefault(code, f"{defect.defect_id}, {defect.kind}")
    return out
