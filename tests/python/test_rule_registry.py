"""The rule registry stays consistent: every rule file is in the union, every implemented rule
has its warn test, and every rule code is one DfE uses in some supported year."""

from __future__ import annotations

import csv
import re

import yaml

from cic.paths import PROJECT_ROOT

RULES_DIR = PROJECT_ROOT / "models" / "intermediate" / "validation" / "rules"
REGISTRY = PROJECT_ROOT / "macros" / "validation" / "implemented_rules.sql"
RULE_TESTS = PROJECT_ROOT / "models" / "marts" / "validation" / "_validation__models.yml"
SEEDS = PROJECT_ROOT / "seeds" / "rules"


def catalogue_codes() -> set[str]:
    with (SEEDS / "rule_catalogue.csv").open(encoding="utf-8") as handle:
        return {row["rule_code"] for row in csv.DictReader(handle)}


def single_field_codes() -> set[str]:
    with (SEEDS / "single_field_rules.csv").open(encoding="utf-8") as handle:
        return {row["rule_code"] for row in csv.DictReader(handle)}


def rule_file_codes() -> dict[str, str]:
    """model name -> the rule code its SQL reports."""
    found = {}
    for path in sorted(RULES_DIR.glob("rule_*.sql")):
        # rule_failures('<code>', ...) directly, or a rule macro called with the code first
        text = path.read_text()
        match = re.search(r"rule_failures\(\s*'([^']+)'", text) or re.search(
            r"\{\{\s*\w+\(\s*'([^']+)'", text
        )
        assert match, f"{path.name} does not select rule_failures(...)"
        found[path.stem] = match.group(1)
    return found


def test_every_rule_file_is_in_the_union_and_named_by_its_code():
    registered = set(re.findall(r"'(rule_[a-z0-9]+)'", REGISTRY.read_text()))
    files = rule_file_codes()
    assert registered == set(files)
    for model, code in files.items():
        assert model == f"rule_{code.lower()}"
        assert (RULES_DIR / f"{model}.yml").exists(), f"{model} has no yml with its unit test"


def test_every_rule_file_has_a_unit_test():
    for model in rule_file_codes():
        spec = yaml.safe_load((RULES_DIR / f"{model}.yml").read_text())
        tested = {t["model"] for t in spec.get("unit_tests", [])}
        assert model in tested, f"{model} has no unit test"


def test_every_rule_code_is_a_dfe_code():
    known = catalogue_codes()
    assert single_field_codes() <= known
    assert set(rule_file_codes().values()) <= known
    assert not single_field_codes() & set(rule_file_codes().values())


def test_every_implemented_rule_has_its_warn_test():
    spec = yaml.safe_load(RULE_TESTS.read_text())
    (model,) = [m for m in spec["models"] if m["name"] == "validation__errors"]
    rule_tests = [t for t in model["data_tests"] if "dfe_rule" in t]
    tests = {t["dfe_rule"]["arguments"]["rule_code"] for t in rule_tests}
    assert tests == single_field_codes() | set(rule_file_codes().values())
    for test in rule_tests:
        code = test["dfe_rule"]["arguments"]["rule_code"]
        assert test["dfe_rule"]["name"] == f"dfe_rule_{code}"
