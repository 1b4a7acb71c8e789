"""The Great Expectations suites under `expectations/`, from the declarations and seeds that the
dbt models read: nothing here is a second copy of a code list, a rule or a column.

Two kinds of suite, each one JSON file in GX 1.x's suite format (what
`ExpectationSuite.to_json_dict()` gives, so that `ExpectationSuite(**json)` loads it):

- landing contracts, `expectations/landing/<source>__<table>.json`, one per raw table that
  `cic land` writes: `ssda903__<table>` from `contracts/ssda903.yml` and `<family>__<table>` from
  `contracts/cms/<family>.yml`. The raw table has every declared column; its key columns are
  never blank (a 903 table's `unique` columns, else CHILD; a CMS table's `key`); its dates read
  in the source's format (903: dd/mm/yyyy, as dbt's `parse_dmy_date` reads it; a CMS family:
  its `date_format`); and it has between 0.5 and 2 times the rows of the previous landed load
  of the same table (the bounds are suite parameters the gate fills in at run time, from
  `previous_load_rows`).
- submission gates, `expectations/submission/<year>/submission_<year>__<table>.json`, one per
  supported collection year (dbt_project.yml) and 903 table of that year: each single-field
  rule of `seeds/rules/single_field_rules.csv` in force that year (`seeds/rules/
  rule_catalogue.csv`) as expectations on the exported `<table>.csv` column, each carrying its
  DfE rule code and message in `meta` (and, for Data Docs, in `notes`): a code in the year's
  code list (`seeds/code_lists/ssda903_code_lists.csv`), a dd/mm/yyyy date that is a real date,
  a full match of the rule's pattern, and a value where the rule allows no blank.

`cic.gates` runs them; `cic codegen --check` fails while a suite differs from what this gives.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from cic.codegen import notice
from cic.codegen.rules import CATALOGUE, SINGLE_FIELD
from cic.contracts import (
    CMS_DIR,
    SSDA903_FILE,
    CmsFamily,
    CmsTable,
    Ssda903Table,
    cms_family,
    cms_family_names,
    ssda903_tables,
)
from cic.ssda903 import supported_years

EXPECTATIONS = Path("expectations")
LANDING = EXPECTATIONS / "landing"
SUBMISSION = EXPECTATIONS / "submission"
CODE_LISTS = Path("seeds") / "code_lists" / "ssda903_code_lists.csv"
SSDA903 = "ssda903"

# A landed load has between these times the rows of the previous landed load of its table.
ROW_COUNT_RATIO = (0.5, 2.0)
# A key or date check stops a council only when more than half of a column's values and more
# than 5 rows fail it (Great Expectations counts the share among the values that are not blank).
# A broken extract fails wholesale: a column in another date format, or keys lost in an export.
# Fewer bad values are data errors that the DfE rules report row by row, and holding the council
# back would hide them from the people who must mend them: a council's first DoLO table with a
# third of its end dates mistyped is a return to validate, not an extract to refuse.
LANDING_MOSTLY = 0.5
LANDING_TOLERATED_ROWS = 5
TOLERANCE_NOTE = (
    f" Stops the council when more than {100 * (1 - LANDING_MOSTLY):.0f}% of the values (a "
    f"date's blanks aside) and more than {LANDING_TOLERATED_ROWS} rows fail; fewer are left to "
    "the validation rules."
)
# Below this many rows in the previous load, counts swing too much to mean anything (a DoLO
# table of 3 rows that becomes 7): the row count is not checked.
ROW_COUNT_MIN_PREVIOUS = 20
PREVIOUS_ROWS = "previous_load_rows"  # the suite parameter the landing gate fills in

# A dd/mm/yyyy text that dbt's parse_dmy_date reads as a date: surrounding spaces trimmed, one- or
# two-digit day and month, four-digit year, and a real date (29/02 only in leap years; DuckDB's
# calendar has a year 0000, a leap year). One regular expression, so that one expectation is one
# rule; tests/python/test_gates.py checks it against parse_dmy_date value by value.
_LEAP_YEAR = r"(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
_DMY_DATE = (
    r"(?:0?[1-9]|[12][0-9]|3[01])/(?:0?[13578]|1[02])/[0-9]{4}"
    r"|(?:0?[1-9]|[12][0-9]|30)/(?:0?[469]|11)/[0-9]{4}"
    r"|(?:0?[1-9]|1[0-9]|2[0-8])/0?2/[0-9]{4}"
    rf"|29/0?2/{_LEAP_YEAR}"
)
DMY_DATE_REGEX = rf"^ *(?:{_DMY_DATE}) *\Z"
DMY_FORMAT = "dd/mm/yyyy"
# A column declared `partial_date` (DATE_PERM) may also write an unknown day or month as ZZ and
# an unknown year as ZZZZ, with two-digit parts, as rule 632 reads it: such a date is valid when
# the date it gives with a ZZ day as 01, a ZZ month as 12 and a ZZZZ year as 2000 is real.
_PARTIAL_DATE = (
    r"ZZ/(?:0[1-9]|1[0-2]|ZZ)/(?:[0-9]{4}|ZZZZ)"
    r"|(?:0[1-9]|[12][0-9]|3[01])/ZZ/(?:[0-9]{4}|ZZZZ)"
    r"|(?:(?:0[1-9]|[12][0-9]|3[01])/(?:0[13578]|1[02])|(?:0[1-9]|[12][0-9]|30)/(?:0[469]|11)"
    r"|(?:0[1-9]|[12][0-9])/02)/ZZZZ"
)
PARTIAL_DMY_DATE_REGEX = rf"^ *(?:{_DMY_DATE}|{_PARTIAL_DATE}) *\Z"
PARTIAL_DMY_FORMAT = "dd/mm/yyyy, or ZZ for an unknown day or month and ZZZZ for an unknown year"


def full_match(pattern: str) -> str:
    """A regular expression that matches a whole value as `pattern` does with dbt's
    regex_full_match (GX's pandas check searches; `\\Z`, unlike `$`, admits no final newline)."""
    return rf"^(?:{pattern})\Z"


def landing_path(source: str, table: str) -> Path:
    """The landing suite of raw.<source>__<table>."""
    return LANDING / f"{source}__{table}.json"


def submission_suite_name(year: str, table: str) -> str:
    """The name of the submission suite of one year's table."""
    return f"submission_{year}__{table}"


def submission_path(year: str, table: str) -> Path:
    """The submission suite of one year's table."""
    return SUBMISSION / year / f"{submission_suite_name(year, table)}.json"


# --- Suite JSON, as GX writes it --------------------------------------------------------------


def _expectation(
    kind: str, kwargs: dict[str, Any], meta: dict[str, Any], notes: str | None = None
) -> dict[str, Any]:
    entry: dict[str, Any] = {"type": kind, "kwargs": kwargs, "meta": meta}
    if notes:
        entry["notes"] = notes
    entry["severity"] = "critical"
    return entry


def _suite(
    name: str, expectations: list[dict[str, Any]], meta: dict[str, Any], notes: str
) -> dict[str, Any]:
    return {
        "name": name,
        "id": None,
        "expectations": expectations,
        "meta": {**meta, "great_expectations_version": version("great_expectations")},
        "notes": notes,
    }


def dumps(suite: dict[str, Any]) -> str:
    """A suite's file: its JSON, two-space indented, one final newline."""
    return json.dumps(suite, indent=2, ensure_ascii=False) + "\n"


# --- Landing contracts ---------------------------------------------------------------------------


def _row_count() -> dict[str, Any]:
    low, high = ROW_COUNT_RATIO
    return _expectation(
        "expect_table_row_count_to_be_between",
        {
            "min_value": {"$PARAMETER": f"{PREVIOUS_ROWS} * {low}"},
            "max_value": {"$PARAMETER": f"{PREVIOUS_ROWS} * {high}"},
        },
        {
            "check": "row_count",
            "ratio_to_previous_load": [low, high],
            "min_previous_rows": ROW_COUNT_MIN_PREVIOUS,
        },
        f"Between {low} and {high} times the rows of the previous landed load of the same LA, "
        "source, collection year and table; not checked for a first load, nor when the previous "
        f"load had fewer than {ROW_COUNT_MIN_PREVIOUS} rows.",
    )


def _landing_suite(
    source: str,
    table: str,
    columns: list[str],
    key: list[str],
    dates: list[str],
    date_check: Callable[[str], dict[str, Any]],
    date_format: str,
    declaration: Path,
) -> dict[str, Any]:
    expectations = [
        _expectation(
            "expect_table_columns_to_match_set",
            {"column_set": columns, "exact_match": False},
            {"check": "columns"},
        )
    ]
    expectations += [
        _expectation(
            "expect_column_values_to_not_be_null",
            {"column": c, "mostly": LANDING_MOSTLY},
            {"check": "key", "tolerated_rows": LANDING_TOLERATED_ROWS},
            "A key column: never blank." + TOLERANCE_NOTE,
        )
        for c in key
    ]
    expectations += [date_check(c) for c in dates]
    expectations.append(_row_count())
    return _suite(
        f"{source}__{table}",
        expectations,
        {
            "generated": notice(str(declaration)),
            "gate": "landing",
            "source_system": source,
            "table": table,
            "raw_table": f"raw.{source}__{table}",
        },
        f"The landing contract of raw.{source}__{table}, checked on the rows of each landed "
        f"file (values trimmed, blanks null): every declared column, key columns "
        f"({', '.join(key)}) never blank, dates as {date_format}, and a row count near the "
        "previous load's.",
    )


def _ssda903_landing(table: Ssda903Table) -> dict[str, Any]:
    partial = {c.name for c in table.columns if c.partial_date}

    def date_check(column: str) -> dict[str, Any]:
        regex, label = (
            (PARTIAL_DMY_DATE_REGEX, PARTIAL_DMY_FORMAT)
            if column in partial
            else (DMY_DATE_REGEX, DMY_FORMAT)
        )
        return _expectation(
            "expect_column_values_to_match_regex",
            {"column": column, "regex": regex, "mostly": LANDING_MOSTLY},
            {"check": "date", "date_format": label, "tolerated_rows": LANDING_TOLERATED_ROWS},
            f"A date: {label}, a real date (as dbt's parse_dmy_date reads it); blank allowed."
            + TOLERANCE_NOTE,
        )

    return _landing_suite(
        SSDA903,
        table.name,
        [c.name for c in table.columns],
        list(table.unique) or ["CHILD"],
        [c.name for c in table.columns if c.is_date],
        date_check,
        DMY_FORMAT,
        SSDA903_FILE,
    )


def _cms_landing(family: CmsFamily, table: CmsTable) -> dict[str, Any]:
    def date_check(column: str) -> dict[str, Any]:
        return _expectation(
            "expect_column_values_to_match_strftime_format",
            {"column": column, "strftime_format": family.date_format, "mostly": LANDING_MOSTLY},
            {
                "check": "date",
                "date_format": family.date_format,
                "tolerated_rows": LANDING_TOLERATED_ROWS,
            },
            f"A date as the {family.name} extract writes it ({family.date_format}); blank allowed."
            + TOLERANCE_NOTE,
        )

    return _landing_suite(
        family.name,
        table.name,
        list(table.columns),
        list(table.key),
        list(table.dates),
        date_check,
        family.date_format,
        CMS_DIR / f"{family.name}.yml",
    )


# --- Submission gates ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SingleFieldRule:
    """One row of seeds/rules/single_field_rules.csv."""

    code: str
    table: str
    field: str
    check_kind: str  # code_list, date or pattern
    argument: str  # the pattern of a pattern rule
    blank_allowed: bool


def single_field_rules(root: Path) -> list[SingleFieldRule]:
    """The single-field rules of the project at `root`, in the order of their seed."""
    with (root / SINGLE_FIELD).open(encoding="utf-8", newline="") as handle:
        return [
            SingleFieldRule(
                r["rule_code"],
                r["table_name"],
                r["field"],
                r["check_kind"],
                r["argument"],
                r["blank_allowed"].strip().lower() == "true",
            )
            for r in csv.DictReader(handle)
        ]


def _messages(root: Path) -> dict[tuple[str, str], str]:
    """(collection year, rule code) -> DfE's message, for every rule in force that year."""
    with (root / CATALOGUE).open(encoding="utf-8", newline="") as handle:
        return {
            (r["collection_year"], r["rule_code"]): r["message"] for r in csv.DictReader(handle)
        }


def _code_lists(root: Path) -> dict[tuple[str, str, str], list[str]]:
    """(collection year, table, field) -> the codes of that year's list, in seed order."""
    lists: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    with (root / CODE_LISTS).open(encoding="utf-8", newline="") as handle:
        for r in csv.DictReader(handle):
            codes = lists[(r["collection_year"], r["table_name"], r["field"])]
            if r["code"] not in codes:
                codes.append(r["code"])
    return lists


def _rule_expectations(
    rule: SingleFieldRule, year: str, message: str, codes: list[str]
) -> list[dict[str, Any]]:
    meta = {"dfe_rule": rule.code, "message": message, "check": rule.check_kind}
    notes = f"DfE rule {rule.code}: {message}"
    column = {"column": rule.field}
    out = []
    if rule.check_kind == "code_list":
        out.append(
            _expectation(
                "expect_column_values_to_be_in_set", {**column, "value_set": codes}, meta, notes
            )
        )
    elif rule.check_kind == "date":
        out.append(
            _expectation(
                "expect_column_values_to_match_regex",
                {**column, "regex": DMY_DATE_REGEX},
                meta,
                notes,
            )
        )
    elif rule.check_kind == "pattern":
        out.append(
            _expectation(
                "expect_column_values_to_match_regex",
                {**column, "regex": full_match(rule.argument)},
                meta,
                notes,
            )
        )
    else:
        raise ValueError(
            f"{SINGLE_FIELD}: rule {rule.code} has check_kind {rule.check_kind!r}, not one of "
            "code_list, date, pattern"
        )
    if not rule.blank_allowed:
        out.append(
            _expectation(
                "expect_column_values_to_not_be_null",
                column,
                {**meta, "check": "not_blank"},
                notes,
            )
        )
    return out


def _submission_suite(
    year: str,
    table: Ssda903Table,
    rules: list[SingleFieldRule],
    messages: dict[tuple[str, str], str],
    code_lists: dict[tuple[str, str, str], list[str]],
) -> dict[str, Any]:
    csv_columns = [c.name for c in table.columns if not c.xml_only]
    expectations = [
        _expectation(
            "expect_table_columns_to_match_set",
            {"column_set": csv_columns},  # exactly these: exact_match is GX's default
            {"check": "columns"},
        )
    ]
    codes = []
    for rule in rules:
        if rule.table != table.name or (year, rule.code) not in messages:
            continue
        if rule.field not in csv_columns:
            raise ValueError(f"{SINGLE_FIELD}: rule {rule.code}: {table.name} has no {rule.field}")
        codes.append(rule.code)
        expectations += _rule_expectations(
            rule, year, messages[(year, rule.code)], code_lists[(year, table.name, rule.field)]
        )
    sources = f"{SSDA903_FILE}, {SINGLE_FIELD}, {CATALOGUE} and {CODE_LISTS}"
    return _suite(
        submission_suite_name(year, table.name),
        expectations,
        {
            "generated": notice(sources),
            "gate": "submission",
            "collection_year": year,
            "table": table.name,
            "dfe_table": table.dfe_name,
            "file": f"{table.name}.csv",
            "dfe_rules": codes,
        },
        f"The submission gate on {table.name}.csv ({table.dfe_name}) of a {year} return: the "
        f"single-field rules in force in {year} ({', '.join(codes) or 'none'}) as DfE applies "
        "them, each expectation's meta naming its DfE rule.",
    )


def files(root: Path) -> dict[Path, str]:
    """Every suite of the project at `root`: {relative path: JSON text}."""
    out: dict[Path, str] = {}
    tables = ssda903_tables(root)
    for table in tables:
        out[landing_path(SSDA903, table.name)] = dumps(_ssda903_landing(table))
    for name in cms_family_names(root):
        family = cms_family(name, root)
        for cms_table in family.tables:
            out[landing_path(name, cms_table.name)] = dumps(_cms_landing(family, cms_table))
    rules = single_field_rules(root)
    messages = _messages(root)
    code_lists = _code_lists(root)
    for year in supported_years(root):
        for table in tables:
            if year >= table.first_year:
                suite = _submission_suite(year, table, rules, messages, code_lists)
                out[submission_path(year, table.name)] = dumps(suite)
    return out
