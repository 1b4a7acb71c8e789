"""The Great Expectations gates (cic.gates): the generated suites load in GX and follow the seeds,
the landing contract catches broken files without quoting their values, the submission gate
agrees with dbt's single-field rules, and the Data Docs open offline."""

from __future__ import annotations

import csv
import itertools
import json
import re
import shutil
from collections import Counter
from pathlib import Path

import duckdb
import pytest

from cic.codegen import stale, write
from cic.codegen.expectations import (
    DMY_DATE_REGEX,
    EXPECTATIONS,
    PARTIAL_DMY_DATE_REGEX,
    submission_path,
)
from cic.codegen.expectations import files as suite_files
from cic.codegen.rules import single_field_codes
from cic.contracts import ContractError, cms_family
from cic.gates import GateResult, landing_gate, submission_gate, write_data_docs
from cic.gates.engine import every_suite, read_suite
from cic.paths import PROJECT_ROOT
from cic.ssda903 import TABLES_BY_NAME
from conftest import NightlyOutputs
from test_codegen import copy_project
from test_land import write as write_file

# --- The suites --------------------------------------------------------------------------------


def test_every_suite_loads_in_gx_as_written():
    import great_expectations as gx

    on_disk = {p.relative_to(PROJECT_ROOT) for p in (PROJECT_ROOT / EXPECTATIONS).rglob("*.json")}
    assert on_disk == set(suite_files(PROJECT_ROOT)), "run `cic codegen` (and remove old suites)"
    for path in sorted(on_disk):
        suite = read_suite(PROJECT_ROOT / path)
        assert gx.ExpectationSuite(**suite).to_json_dict() == suite, path
        assert path.stem == suite["name"]
        for expectation in suite["expectations"]:
            meta = expectation["meta"]
            if suite["meta"]["gate"] == "submission" and meta.get("check") != "columns":
                assert meta["dfe_rule"] and meta["message"], (path, expectation)


def test_a_code_list_change_in_the_seeds_changes_the_generated_suite(tmp_path):
    project = copy_project(tmp_path / "project")
    shutil.copytree(PROJECT_ROOT / EXPECTATIONS, project / EXPECTATIONS)
    assert stale(project) == []
    with (project / "seeds" / "code_lists" / "ssda903_code_lists.csv").open("a") as seed:
        seed.write("2025-26,header,SEX,Q,A code added for a test\n")

    suite = submission_path("2025-26", "header")
    assert stale(project) == [suite]  # the suite no longer says what the seed does
    write(project)
    assert stale(project) == []
    (in_set,) = [
        e
        for e in read_suite(project / suite)["expectations"]
        if e["type"] == "expect_column_values_to_be_in_set" and e["kwargs"]["column"] == "SEX"
    ]
    assert "Q" in in_set["kwargs"]["value_set"]
    assert in_set["meta"]["dfe_rule"] == "101"
    assert "Q" not in json.dumps(read_suite(PROJECT_ROOT / suite))


def test_a_cms_key_and_date_format_are_checked_where_declared(tmp_path):
    declaration = (PROJECT_ROOT / "contracts" / "cms" / "lcs.yml").read_text()
    (tmp_path / "contracts" / "cms").mkdir(parents=True)
    target = tmp_path / "contracts" / "cms" / "lcs.yml"
    target.write_text(declaration.replace("key: [DIM_PERSON_ID]", "key: [PERSON_ID]", 1))
    with pytest.raises(ContractError, match=r"\(dim_person\): key names columns .*: PERSON_ID"):
        cms_family("lcs", tmp_path)
    target.write_text(re.sub(r"date_format: .*", 'date_format: "%H:%M"', declaration, count=1))
    with pytest.raises(ContractError, match="date_format '%H:%M' is not a strptime format"):
        cms_family("lcs", tmp_path)
    person = "persons: {table: dim_person, column: DIM_PERSON_ID}"
    target.write_text(declaration.replace(person, "persons: {table: dim_people, column: X}"))
    with pytest.raises(ContractError, match="persons: no table 'dim_people' is declared"):
        cms_family("lcs", tmp_path)
    target.write_text(declaration.replace(person, "persons: {table: dim_person, column: X}"))
    with pytest.raises(ContractError, match="persons: column names columns it does not have: X"):
        cms_family("lcs", tmp_path)
    target.write_text(
        declaration.replace("person_column: DIM_PERSON_ID", "person_column: PERSON_ID", 1)
    )
    with pytest.raises(ContractError, match=r"person_column names columns .*: PERSON_ID"):
        cms_family("lcs", tmp_path)


def _parse_dmy_date(column: str) -> str:
    """dbt's parse_dmy_date (macros/cross_db/dates.sql), DuckDB's implementation."""
    return (
        f"case when regexp_full_match(trim({column}), '[0-9]{{1,2}}/[0-9]{{1,2}}/[0-9]{{4}}') "
        f"then cast(try_strptime(trim({column}), '%d/%m/%Y') as date) end"
    )


def test_the_date_regex_accepts_what_parse_dmy_date_parses():
    days = ["0", "00", "1", "01", "9", "10", "28", "29", "30", "31", "32", "001", " 1", "1 "]
    months = ["0", "1", "01", "2", "02", "4", "04", "9", "11", "12", "13", "012"]
    years = ["0000", "0100", "0400", "1900", "2000", "2023", "2024", "2100", "123", "12345"]
    values = [f"{d}/{m}/{y}" for d, m, y in itertools.product(days, months, years)]
    values += [
        " 01/01/2024",
        "01/01/2024 ",
        "01/01/2024\n",
        "2024-01-01",
        "1/1/2024x",
        "\u0661/\u0661/\u0662\u0660\u0662\u0664",
    ]
    con = duckdb.connect()
    con.execute("create table v (value varchar)")
    con.executemany("insert into v values (?)", [[v] for v in values])
    parsed = con.execute(f"select value, {_parse_dmy_date('value')} is not null from v")
    regex = re.compile(DMY_DATE_REGEX)
    disagree = [(v, ok) for v, ok in parsed.fetchall() if bool(regex.search(v)) != ok]
    assert disagree == []


def test_the_partial_date_regex_accepts_what_rule_632_reads():
    parts = ["ZZ", "01", "1", "12", "13", "28", "29", "30", "31", "zz", "Z"]
    years = ["ZZZZ", "2019", "2020", "1900", "ZZ"]
    values = [f"{d}/{m}/{y}" for d, m, y in itertools.product(parts, parts, years)]
    con = duckdb.connect()
    con.execute("create table v (value varchar)")
    con.executemany("insert into v values (?)", [[v] for v in values])
    # models/validation/rules/rule_632.sql: a date, or ZZ parts replaced and then a date.
    replaced = (
        "concat(case when substr(value, 1, 2) = 'ZZ' then '01' else substr(value, 1, 2) end, "
        "'/', case when substr(value, 4, 2) = 'ZZ' then '12' else substr(value, 4, 2) end, "
        "'/', case when substr(value, 7, 4) = 'ZZZZ' then '2000' else substr(value, 7, 4) end)"
    )
    rows = con.execute(
        f"""select value, {_parse_dmy_date("value")} is not null or (
            length(value) = 10 and substr(value, 3, 1) = '/' and substr(value, 6, 1) = '/'
            and (substr(value, 1, 2) = 'ZZ' or substr(value, 4, 2) = 'ZZ'
                 or substr(value, 7, 4) = 'ZZZZ')
            and {_parse_dmy_date(replaced)} is not null) from v"""
    ).fetchall()
    regex = re.compile(PARTIAL_DMY_DATE_REGEX)
    assert [(v, ok) for v, ok in rows if bool(regex.search(v)) != ok] == []


# --- The landing gate -----------------------------------------------------------------------------

EPISODES = TABLES_BY_NAME["episodes"].columns


def episodes_csv(path: Path, rows: int, bad_dates: dict[int, str] | None = None) -> Path:
    """An episodes file of `rows` valid rows, with DECOM replaced at the rows `bad_dates` says."""
    bad_dates = bad_dates or {}
    lines = [",".join(EPISODES)]
    for i in range(rows):
        values = {
            "CHILD": f"C{i:05d}",
            "DECOM": bad_dates.get(i, f"{1 + i % 28:02d}/04/2025"),
            "RNE": "S",
            "LS": "C2",
            "CIN": "N1",
            "PLACE": "U1",
        }
        lines.append(",".join(values.get(c, "") for c in EPISODES))
    return write_file(path, "\n".join(lines) + "\n")


def land(cic, *args) -> None:
    code, output = cic("land", *args)
    assert code == 0, output


def gate(warehouse: Path, ids: list[int] | None = None) -> list[GateResult]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        if ids is None:
            ids = [int(r[0]) for r in con.execute("select load_id from raw._loads").fetchall()]
        return landing_gate(con, ids)


def test_the_landing_gate_names_file_and_column_and_never_a_value(tmp_path, warehouse, cic):
    folder = tmp_path / "903"
    folder.mkdir()
    # Three quarters of the dates broken: more than half and more than 5 rows.
    bad = {i: ("31/02/2025" if i % 3 else "NOT-A-DATE-7731") for i in range(40) if i % 4}
    episodes_csv(folder / "episodes.csv", 40, bad)
    land(cic, folder, "--la", "886", "--year", "2025-26")
    family = cms_family("lcs")
    person = next(t for t in family.tables if t.name == "dim_person")
    rows = [",".join(person.columns)]
    for i, person_id in enumerate(["1", "", "", "", "", "", "", "", "9"]):
        row = {"DIM_PERSON_ID": person_id, "LEGACY_ID": f"L{i}"}
        row["BIRTH_DTTM"] = "2012-05-01 00:00:00.000"
        rows.append(",".join(row.get(c, "") for c in person.columns))
    extract = tmp_path / "lcs"
    extract.mkdir()
    write_file(extract / family.file_name(person), "\n".join(rows) + "\n")
    land(cic, extract, "--source", "lcs", "--la", "940")

    results = {r.suite: r for r in gate(warehouse)}
    episodes = results["ssda903__episodes"]
    assert not episodes.passed
    assert episodes.subject == "episodes.csv"
    assert episodes.failing_rows == {"date:DECOM": 30}
    assert any("episodes.csv" in p and "DECOM" in p for p in episodes.problems)

    persons = results["lcs__dim_person"]
    assert not persons.passed
    assert persons.subject == family.file_name(person)
    assert persons.failing_rows == {"key:DIM_PERSON_ID": 7}
    assert any(person.name.upper() in p.upper() and "DIM_PERSON_ID" in p for p in persons.problems)

    everything = " ".join(p for r in results.values() for p in r.problems)
    for value in [*bad.values(), "C00004", "C00008", "L1", "2012-05-01"]:
        assert value not in everything


def test_a_few_bad_values_are_left_to_the_validation_rules(tmp_path, warehouse, cic):
    """Twenty unparseable dates in 40 rows (half) are data errors, which the DfE rules report
    row by row; the landing gate stops a council only for a broken extract."""
    bad = {i: ("31/02/2025" if i % 4 else "NOT-A-DATE-7731") for i in range(0, 40, 2)}
    episodes_csv(tmp_path / "episodes.csv", 40, bad)
    land(cic, tmp_path / "episodes.csv", "--la", "886", "--year", "2025-26")
    (result,) = gate(warehouse)
    assert (result.passed, result.problems, result.failing_rows) == (True, (), {})


def test_a_good_load_passes_and_a_tenth_of_the_previous_one_fails(tmp_path, warehouse, cic):
    first = episodes_csv(tmp_path / "episodes.csv", 60)
    land(cic, first, "--la", "886", "--year", "2025-26")
    second = episodes_csv(tmp_path / "episodes_small.csv", 6)
    land(cic, second, "--la", "886", "--year", "2025-26")
    (full, small) = gate(warehouse, [1, 2])
    assert (full.suite, full.passed, full.problems, full.failing_rows) == (
        "ssda903__episodes",
        True,
        (),
        {},
    )
    assert not small.passed
    assert small.failing_rows == {"row_count": 6}
    (problem,) = small.problems
    assert "episodes_small.csv" in problem and "60" in problem and "load 1" in problem


def test_a_load_id_that_is_no_load_is_an_error(tmp_path, warehouse, cic):
    land(cic, episodes_csv(tmp_path / "episodes.csv", 2), "--la", "886", "--year", "2025-26")
    with pytest.raises(ValueError, match="no load 99"):
        gate(warehouse, [1, 99])


# --- The submission gate ----------------------------------------------------------------------


def exported_returns(nightly: NightlyOutputs) -> list[tuple[str, str, Path]]:
    folders = sorted(nightly.exports.glob("*/*"))
    found = [
        (f.parent.name, f.name, f)
        for f in folders
        if f.is_dir() and re.fullmatch(r"[0-9]{4}-[0-9]{2}", f.name)
    ]
    assert found, f"no exported returns under {nightly.exports}"
    return found


def failing_by_rule(results: list[GateResult]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for result in results:
        counts.update(result.failing_rows)
    return counts


def test_the_submission_gate_agrees_with_the_single_field_rules_in_dbt(nightly_outputs):
    codes = single_field_codes(PROJECT_ROOT)
    with duckdb.connect(str(nightly_outputs.database), read_only=True) as con:
        for la, year, folder in exported_returns(nightly_outputs):
            results = submission_gate(folder, year)
            assert all(r.problems or r.passed for r in results)
            # One row of validation.errors per failing record and field: a single-field rule
            # has one field, so its rows are its failing records.
            in_dbt = dict(
                con.execute(
                    "select rule_code, count(*) from validation.errors "
                    "where la_code = ? and collection_year = ? and list_contains(?, rule_code) "
                    "group by rule_code",
                    [la, year, codes],
                ).fetchall()
            )
            assert dict(failing_by_rule(results)) == in_dbt, (la, year)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _write_rows(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _allowed(suite: dict, column: str) -> set[str]:
    (in_set,) = [
        e["kwargs"]["value_set"]
        for e in suite["expectations"]
        if e["type"] == "expect_column_values_to_be_in_set" and e["kwargs"]["column"] == column
    ]
    return set(in_set)


def test_injected_defects_are_caught_with_their_rule_codes(tmp_path, nightly_outputs, cic):
    la, year, original = next(
        (la, y, f)
        for la, y, f in exported_returns(nightly_outputs)
        if _rows(f / "header.csv") and _rows(f / "episodes.csv")
    )
    folder = shutil.copytree(original, tmp_path / la / year)
    header, episodes = _rows(folder / "header.csv"), _rows(folder / "episodes.csv")
    sexes = _allowed(read_suite(PROJECT_ROOT / submission_path(year, "header")), "SEX")
    upn = re.compile(r"[A-HJ-NP-RT-Z]([0-9]{12}|[0-9]{11}[A-Z])|UN[1-5]")
    date = re.compile(DMY_DATE_REGEX)
    next(r for r in header if r["SEX"] in sexes)["SEX"] = "Q9"  # 101
    # Rows that pass each rule now (blank passes 168 and 141), so that each defect adds one.
    next(r for r in header if not r["UPN"] or upn.fullmatch(r["UPN"]))["UPN"] = "I0000BADUPN"
    next(r for r in episodes if not r["DECOM"] or date.search(r["DECOM"]))["DECOM"] = "30/02/2025"
    _write_rows(folder / "header.csv", header)
    _write_rows(folder / "episodes.csv", episodes)

    before = {
        Path(r.subject).name: Counter(r.failing_rows) for r in submission_gate(original, year)
    }
    after = {Path(r.subject).name: r for r in submission_gate(folder, year)}
    header_counts = before["header.csv"] + Counter({"101": 1, "168": 1})
    assert after["header.csv"].failing_rows == dict(header_counts)
    assert after["episodes.csv"].failing_rows == dict(before["episodes.csv"] + Counter({"141": 1}))
    assert not after["header.csv"].passed and not after["episodes.csv"].passed
    problems = " ".join(p for r in after.values() for p in r.problems)
    assert "column SEX: rule 101" in problems and "column UPN: rule 168" in problems
    assert "column DECOM: rule 141" in problems

    code, output = cic("gate", "submission", folder, "--year", year)
    assert code == 1
    assert "101: " in output and "168: " in output and "141: " in output
    for value in ("Q9", "I0000BADUPN", "30/02/2025"):
        assert value not in output and value not in problems


def test_a_missing_table_and_a_stray_file_fail(tmp_path):
    folder = tmp_path / "return"
    folder.mkdir()
    write_file(folder / "header.csv", ",".join(TABLES_BY_NAME["header"].columns) + "\n")
    write_file(folder / "notes.csv", "A,B\n1,2\n")
    results = {Path(r.subject).name: r for r in submission_gate(folder, "2025-26")}
    assert results["header.csv"].passed
    assert not results["episodes.csv"].passed and "missing" in results["episodes.csv"].problems[0]
    assert not results["notes.csv"].passed
    assert "dolo.csv" not in results  # DoLO starts in 2026-27


def test_a_folder_holding_an_xml_return_is_pointed_at_the_csv_export(tmp_path, cic):
    folder = tmp_path / "return"
    folder.mkdir()
    write_file(folder / "return.xml", "<Message/>\n")
    code, output = cic("gate", "submission", folder, "--year", "2025-26")
    assert code == 2
    assert "holds an XML return and no CSV file" in output


# --- Data Docs ---------------------------------------------------------------------------------


def test_data_docs_onto_a_file_are_refused(tmp_path, cic):
    out = tmp_path / "docs"
    out.write_text("kept\n", encoding="utf-8")
    code, output = cic("gate", "docs", "--out", out)
    assert code == 2 and "is a file: give a folder" in output
    assert out.read_text(encoding="utf-8") == "kept\n"


def test_data_docs_list_every_suite_with_its_rules_and_open_offline(tmp_path):
    index = write_data_docs(tmp_path / "data_docs")
    text = index.read_text(encoding="utf-8")
    suites = every_suite()
    for suite in suites:
        assert f">{suite['name']}<" in text, suite["name"]
        page = index.parent / "expectations" / f"{suite['name']}.html"
        assert page.exists(), page
    codes = {
        e["meta"]["dfe_rule"] for s in suites for e in s["expectations"] if "dfe_rule" in e["meta"]
    }
    assert codes >= set(single_field_codes(PROJECT_ROOT))
    for code in codes:
        assert f"<strong>{code}</strong>" in text
    header = (index.parent / "expectations" / "submission_2025-26__header.html").read_text()
    assert "DfE rule 101" in header and "DfE rule 168" in header
    for page in index.parent.rglob("*.html"):
        assert not re.search(r"https?://", page.read_text(encoding="utf-8")), page
    assert (index.parent / "static" / "images" / "logo-long.png").exists()
