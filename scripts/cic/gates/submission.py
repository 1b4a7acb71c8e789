"""The submission gate: each exported CSV of a return against the single-field rules in force in
its collection year (`expectations/submission/<year>/submission_<year>__<table>.json`)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from cic.codegen.expectations import submission_path
from cic.gates import GateResult
from cic.gates.engine import Checked, Suite, Validator, read_suite
from cic.paths import PROJECT_ROOT
from cic.ssda903 import TABLES, check_supported_year

# What a failing row is, by the check of the rule's expectation.
_WHAT = {
    "code_list": "not in the {year} code list",
    "date": "not a dd/mm/yyyy date",
    "pattern": "not of the rule's pattern",
    "not_blank": "blank",
}


def read_csv(path: Path) -> pd.DataFrame:
    """A CSV as text: every value a string, a value that is empty or only spaces null."""
    frame = pd.read_csv(
        path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8-sig"
    )
    blank = frame.apply(lambda column: column.str.strip(" ").eq(""))
    return frame.astype(object).mask(blank, None)


def _what(check: Checked, year: str) -> str:
    return _WHAT.get(str(check.meta.get("check")), "failing").format(year=year)


def _missing_columns(frame: pd.DataFrame, suite: Suite) -> set[str]:
    wanted = {str(e["kwargs"]["column"]) for e in suite["expectations"] if "column" in e["kwargs"]}
    return wanted - {str(c) for c in frame.columns}


def _check_file(validator: Validator, path: Path, suite: Suite, year: str) -> GateResult:
    name = str(suite["name"])
    try:
        frame = read_csv(path)
    except (ValueError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        problem = f"{path}: not a readable CSV ({type(exc).__name__})"
        return GateResult(name, str(path), False, (problem,), {})
    missing = _missing_columns(frame, suite)
    problems: list[str] = []
    failing: dict[str, int] = {}
    for check in validator.validate(suite, frame):
        if check.success:
            continue
        rule = check.meta.get("dfe_rule")
        if check.meta.get("check") == "columns":
            if check.missing_columns:
                problems.append(f"{path}: missing column(s) {', '.join(check.missing_columns)}")
            if check.unexpected_columns:
                problems.append(
                    f"{path}: {check.unexpected_columns} column(s) the {year} return does not have"
                )
            continue
        if rule is None:
            problems.append(f"{path}: {check.type} failed")
            continue
        if check.column in missing:
            # Every row lacks the field; say so once per rule.
            if rule not in failing:
                problems.append(
                    f"{path}: column {check.column}: rule {rule}: the column is missing, all "
                    f"{len(frame)} row(s) fail"
                )
                failing[str(rule)] = len(frame)
            continue
        if check.error:
            problems.append(
                f"{path}: column {check.column}: rule {rule}: could not be checked ({check.error})"
            )
            continue
        problems.append(
            f"{path}: column {check.column}: rule {rule}: {check.unexpected} row(s) "
            f"{_what(check, year)}"
        )
        failing[str(rule)] = failing.get(str(rule), 0) + check.unexpected
    return GateResult(name, str(path), not problems, tuple(problems), failing)


def check_folder(folder: Path, year: str) -> list[GateResult]:
    """See `cic.gates.submission_gate`."""
    check_supported_year(year)
    if not folder.is_dir():
        raise FileNotFoundError(f"no such folder: {folder}")
    tables = [t for t in TABLES if t.exists_in(year)]
    present = {p.name: p for p in folder.glob("*.csv")}
    validator = Validator()
    results = []
    for table in tables:
        path = folder / table.file_name
        suite = read_suite(PROJECT_ROOT / submission_path(year, table.name))
        if table.file_name not in present:
            problem = f"{path}: missing: the {year} return has a {table.dfe_name} table"
            results.append(GateResult(str(suite["name"]), str(path), False, (problem,), {}))
            continue
        results.append(_check_file(validator, path, suite, year))
    known = {t.file_name for t in tables}
    for file_name in sorted(set(present) - known):
        problem = f"{present[file_name]}: not a table of the {year} return"
        results.append(GateResult("", str(present[file_name]), False, (problem,), {}))
    return results
