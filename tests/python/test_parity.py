"""Parity scoring: sets of (table, child, key) per rule; rules the validator did not run are
listed, not scored; injected defects are matched by child and expected code."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from cic_lab.cli import app
from cic_lab.oracle.known_defects import KnownDefect, explains
from cic_lab.oracle.runner import Finding, OracleResult
from cic_lab.parity import ParityReport, _injected, compare, read_differently, return_folder


def defect(kind: str, code: str = "101") -> KnownDefect:
    return KnownDefect(f"{kind}_{code}", (code,), ("2025-26",), kind, "why", "DfE text")


def oracle_result(findings: list[Finding], dones: list[str], fails: list[str]) -> OracleResult:
    return OracleResult(
        collection_year="2025-26",
        ruleset="lac2025_26",
        validator_version="0.1.17",
        findings=findings,
        dones=dones,
        skips=[],
        fails=fails,
        messages={},
        table_rows={},
        wall_seconds=1.0,
        validate_seconds=1.0,
        peak_rss_mb=1.0,
    )


def test_rules_agree_only_when_the_record_sets_are_equal():
    ours = {
        "148": {("episodes", "A", "01/04/2025")},
        "101": {("header", "B", "")},
        "233": {("episodes", "C", "02/04/2025")},
    }
    oracle = oracle_result(
        [
            Finding("148", "episodes", False, "A", "01/04/2025", 0),
            Finding("101", "header", False, "B", None, 1),
            Finding("101", "header", False, "D", None, 2),
            Finding("148", "episodes", True, "Z", "01/04/2024", 5),  # last year's row: ignored
        ],
        dones=["148", "101"],
        fails=["233"],
    )
    known = {"233": [defect("always_fails", "233")]}
    rules = compare(ours, {"148", "101", "233"}, oracle, known)
    by_code = {r.rule_code: r for r in rules}
    assert by_code["148"].agree and by_code["148"].both == 1
    assert not by_code["101"].agree and (by_code["101"].ours, by_code["101"].oracle) == (1, 2)
    assert by_code["233"].oracle_status == "failed" and by_code["233"].known_defect
    assert not by_code["101"].explained  # no known defect for 101
    report = ParityReport("873", "2025-26", None, rules=rules)
    assert [r.rule_code for r in report.unexplained] == ["101"]
    assert json.loads(report.to_json())["unexplained"] == ["101"]
    assert [r.rule_code for r in report.compared] == ["101", "148"]
    assert report.agreeing == 1 and report.share == 0.5
    assert json.loads(report.to_json())["compared"] == 2


def test_children_read_differently_are_those_with_a_padded_value_or_an_id_in_lower_case(
    tmp_path,
):
    (tmp_path / "header.csv").write_text(
        "CHILD,SEX\nA1,M\nb2,F\n C3 ,F\nD4,F \nE5,F\u00a0\n", encoding="utf-8"
    )
    (tmp_path / "notes.csv").write_text("NOTE\n x \n", encoding="utf-8")  # no CHILD column
    # A no-break space is not a space that staging trims: both sides read E5's SEX alike.
    assert read_differently(tmp_path) == {"B2", "C3", "D4"}


def test_disagreements_about_a_child_read_differently_explain_themselves():
    ours = {"101": {("header", "D4", "")}, "103": {("header", "A1", "")}}
    oracle = oracle_result(
        [
            Finding("101", "header", False, "B2", None, 0),
            Finding("103", "header", False, "A1", None, 1),
        ],
        dones=["101", "103"],
        fails=[],
    )
    both = {
        r.rule_code: r for r in compare(ours, {"101", "103"}, oracle, {}, frozenset({"B2", "D4"}))
    }
    assert (both["101"].agree, both["101"].read_differently, both["101"].explained) == (
        False,
        2,
        True,
    )
    assert (both["103"].agree, both["103"].read_differently) == (True, 0)
    alone = {r.rule_code: r for r in compare(ours, {"101", "103"}, oracle, {}, frozenset({"D4"}))}
    assert (alone["101"].read_differently, alone["101"].explained) == (1, False)


def test_injected_defects_count_when_an_expected_implemented_code_is_reported(tmp_path):
    manifest = [
        {"la_code": "873", "year": "2025-26", "child": "a", "defect": "bad", "rule_codes": ["148"]},
        {"la_code": "873", "year": "2025-26", "child": "b", "defect": "bad", "rule_codes": ["148"]},
        {"la_code": "873", "year": "2025-26", "child": "c", "defect": "xy", "rule_codes": ["999"]},
        {"la_code": "873", "year": "2024-25", "child": "a", "defect": "bad", "rule_codes": ["148"]},
    ]
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    ours = {"148": {("episodes", "A", "01/04/2025")}}
    total, found, missed = _injected(tmp_path, "873", "2025-26", ours, {"148"})
    assert (total, found, missed) == (2, 1, {"bad": 1})


@pytest.mark.parametrize(
    ("kinds", "ours_only", "oracle_only", "explained"),
    [
        ((), False, False, True),  # the records agree
        ((), True, False, False),
        (("false_positive",), False, True, True),  # the oracle flags what the rule passes
        (("false_positive",), True, False, False),  # ... which does not explain our extra ones
        (("false_negative",), True, False, True),  # the oracle misses what the rule flags
        (("false_negative",), False, True, False),  # ... which does not explain its extra ones
        (("false_negative",), True, True, False),
        (("false_negative", "false_positive"), True, True, True),
        (("wrong_result",), True, True, True),
        (("crashes_on_bad_data",), False, True, True),
    ],
)
def test_a_known_defect_explains_only_the_side_it_is_about(
    kinds: tuple[str, ...], ours_only: bool, oracle_only: bool, explained: bool
) -> None:
    assert explains([defect(k) for k in kinds], ours_only, oracle_only) is explained


def test_a_generated_set_without_the_year_is_named_not_landed_whole(tmp_path):
    """--previous on a generated set that starts with this year: a clear error, where it once
    tried to land every file of the set (the CMS extracts too) as last year's return."""
    (tmp_path / "ssda903" / "873" / "2023-24").mkdir(parents=True)
    assert return_folder(tmp_path, "873", "2023-24") == tmp_path / "ssda903" / "873" / "2023-24"
    with pytest.raises(ValueError, match="no 903 files for LA 873 in 2022-23"):
        return_folder(tmp_path, "873", "2022-23")
    plain = tmp_path / "files"
    plain.mkdir()
    assert return_folder(plain, "873", "2022-23") == plain


def test_a_data_folder_that_is_not_there_is_a_message_not_a_traceback(tmp_path):
    """Named before anything is built: the council's parity folder under target/ is left as
    it was (it was emptied first once, and a parity run beside it lost its warehouse)."""
    missing = tmp_path / "not-generated"
    with pytest.raises(ValueError, match="no such folder"):
        return_folder(missing, "873", "2025-26")
    result = CliRunner().invoke(
        app, ["parity", "--data", str(missing), "--la", "873", "--year", "2025-26"]
    )
    assert result.exit_code == 2, result.output
    assert "no such folder" in result.output
    assert isinstance(result.exception, SystemExit)  # typer's exit, not an uncaught error
