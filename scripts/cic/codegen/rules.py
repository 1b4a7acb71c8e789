"""The rule registry, derived from the rule files and the catalogue.

A rule is `models/validation/rules/rule_<code>.sql` (its first comment says how we read DfE's
rule), its unit tests in `rule_<code>.yml`, and its rows of `seeds/rules/rule_catalogue.csv`;
a single-field rule is a row of `seeds/rules/single_field_rules.csv` instead. From those this
writes the list of rule models that `validation.errors` unions, and each rule's description and
warn test (`dfe_rule_<code>`, which `dbt build` reports with the rule's count of failing records).
"""

from __future__ import annotations

import csv
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

from cic.codegen import notice, opening_comment

RULES_DIR = Path("models") / "validation" / "rules"
CATALOGUE = Path("seeds") / "rules" / "rule_catalogue.csv"
SINGLE_FIELD = Path("seeds") / "rules" / "single_field_rules.csv"
REGISTRY = Path("macros") / "validation" / "implemented_rules.sql"
PROPERTIES = RULES_DIR / "_rules.yml"

SINGLE_FIELD_MODEL = "int_validation__single_field_errors"
SINGLE_FIELD_DESCRIPTION = (
    "The single-field rules, written as data (seeds/rules/single_field_rules.csv): one row per "
    "value that is not in the year's code list, not a valid date, missing or not of the "
    "required pattern. Each rule's warn test is attached here."
)


@dataclass(frozen=True)
class RuleModel:
    """One rule file: its model name, DfE code, catalogue message and our reading of it."""

    name: str
    code: str
    message: str
    reading: str


def _catalogue(root: Path) -> dict[str, tuple[str, str]]:
    """Lower-case code -> (DfE code, message of the latest year that has it)."""
    latest: dict[str, tuple[str, str, str]] = {}
    with (root / CATALOGUE).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            key = row["rule_code"].lower()
            if key not in latest or row["collection_year"] > latest[key][0]:
                latest[key] = (row["collection_year"], row["rule_code"], row["message"])
    return {key: (code, message) for key, (_, code, message) in latest.items()}


def _reading(path: Path, code: str) -> str:
    """The comment that opens a rule file, without its leading `<code>:`."""
    text = opening_comment(path, f"`{code}: how we read DfE's rule`")
    text = re.sub(rf"^{re.escape(code)}\s*:\s*", "", text, flags=re.IGNORECASE)
    return text[:1].upper() + text[1:]


def rule_models(root: Path) -> list[RuleModel]:
    """Every rule file, by model name, with its code found in the catalogue."""
    catalogue = _catalogue(root)
    models = []
    for path in sorted((root / RULES_DIR).glob("rule_*.sql")):
        suffix = path.stem.removeprefix("rule_")
        if suffix not in catalogue:
            raise ValueError(
                f"{path}: no rule {suffix!r} in {CATALOGUE} (the file is named rule_<code>.sql "
                "after a DfE code, in lower case)"
            )
        code, message = catalogue[suffix]
        models.append(RuleModel(path.stem, code, message, _reading(path, code)))
    return models


def single_field_codes(root: Path) -> list[str]:
    """The codes of the single-field rules, in the order of their seed."""
    with (root / SINGLE_FIELD).open(encoding="utf-8", newline="") as handle:
        codes = [row["rule_code"] for row in csv.DictReader(handle)]
    return list(dict.fromkeys(codes))


def _registry(models: list[RuleModel]) -> str:
    names = "".join(f"        '{model.name}',\n" for model in models)
    return (
        f"{{#- {notice(f'the files in {RULES_DIR}/')}\n"
        "    The rule models that validation.errors unions. -#}\n"
        "{% macro rule_models() -%}\n"
        "    {{ return([\n"
        f"{names}"
        "    ]) }}\n"
        "{%- endmacro %}\n"
    )


def _block(text: str, indent: int) -> str:
    pad = " " * indent
    return "\n".join(
        textwrap.wrap(
            text,
            width=100 - indent,
            initial_indent=pad,
            subsequent_indent=pad,
            break_on_hyphens=False,
        )
    )


def _test(code: str) -> str:
    return f"      - dfe_rule: {{name: dfe_rule_{code}, arguments: {{rule_code: '{code}'}}}}\n"


def _properties(models: list[RuleModel], single_field: list[str]) -> str:
    intro = (
        f"{notice(f'the rule files in {RULES_DIR}/, {CATALOGUE} and {SINGLE_FIELD}')} Each rule "
        "model's description is its catalogue message and the comment that opens its SQL; its "
        "warn test reports its failing records in validation.errors."
    )
    out = [textwrap.fill(intro, width=100, initial_indent="# ", subsequent_indent="# ") + "\n"]
    out.append("version: 2\n\nmodels:\n")
    for model in models:
        out.append(f"  - name: {model.name}\n    description: >\n")
        out.append(_block(f"{model.code}: {model.message}", 6) + "\n\n")
        out.append(_block(model.reading, 6) + "\n")
        out.append("    data_tests:\n" + _test(model.code))
    out.append(f"  - name: {SINGLE_FIELD_MODEL}\n    description: >\n")
    out.append(_block(SINGLE_FIELD_DESCRIPTION, 6) + "\n")
    out.append("    data_tests:\n")
    out.extend(_test(code) for code in single_field)
    return "".join(out)


def files(root: Path) -> dict[Path, str]:
    models = rule_models(root)
    return {
        REGISTRY: _registry(models),
        PROPERTIES: _properties(models, single_field_codes(root)),
    }
