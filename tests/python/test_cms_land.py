"""`cic land --source <family>`: CMS extracts land with the same audit and rejection guarantees
as 903 files; the CDM contract and the families are declared once (contracts/cdm.yml,
contracts/cms/) and read the same in Python and in dbt; each family maps its local codes in one
place."""

from __future__ import annotations

import ast
import re

import pytest

from cic.cms import SOURCES
from cic.contracts import cdm_entities, cms_family_names
from cic.paths import PROJECT_ROOT
from cic_lab.generate.history import CONTRACT
from conftest import query
from test_land import assert_rows_accounted_for, write


def first_table(source: str):
    tables = SOURCES[source]
    assert tables, f"{source} defines no extract tables"
    return tables[0]


def header_and_rows(source: str, rows: int = 2) -> str:
    table = first_table(source)
    lines = [",".join(table.columns)]
    lines += [",".join(f"v{r}_{i}" for i in range(len(table.columns))) for r in range(rows)]
    return "\n".join(lines) + "\n"


def test_the_contract_is_the_same_in_python_and_dbt():
    declared = {entity.name: entity.column_names for entity in cdm_entities()}
    text = (PROJECT_ROOT / "macros" / "cdm" / "cdm_contract.sql").read_text()
    entries = dict(re.findall(r"'(\w+)': (\[[^\]]*\])", text))
    in_dbt = {entity: tuple(ast.literal_eval(columns)) for entity, columns in entries.items()}
    assert in_dbt == declared
    assert declared == CONTRACT  # what the generator fills


def test_every_declared_family_lands_and_has_a_staging_folder():
    assert tuple(SOURCES) == cms_family_names()
    for family in SOURCES:
        folder = PROJECT_ROOT / "models" / "staging" / family
        assert (folder / "base" / f"base_{family}__coded_values.sql").exists(), family
        for entity in cdm_entities():
            assert (folder / f"stg_{family}__{entity.name}.sql").exists(), (family, entity.name)


STAGING = PROJECT_ROOT / "models" / "staging"
MAPPING = re.compile(r"\b(local_code_joins|local_code|local_code_is_mapped|cms_coded_rows)\s*\(")
CODED_JOIN = re.compile(r"cms_coded_join\(\s*'\w+',\s*'(\w+)',\s*'\w+',\s*'(\w+)'\s*\)")
CODED_ANSWER = re.compile(r"\(\s*'\w+',\s*'([^']+)',\s*'code'\s*\)")


@pytest.mark.parametrize("family", sorted(SOURCES))
def test_a_family_maps_its_codes_in_its_coded_values_model_only(family):
    """validation.unmapped_codes counts the coded-values model; a contract model that mapped a
    column itself, or took the code of a column the model does not list, would escape it."""
    coded = STAGING / family / "base" / f"base_{family}__coded_values.sql"
    listed = coded.read_text()
    for path in sorted((STAGING / family).rglob("*.sql")):
        text = path.read_text()
        if path != coded:
            assert not MAPPING.search(text), f"{path.name} maps codes itself: list it in {coded}"
        joins = CODED_JOIN.findall(text)
        assert len(joins) == text.count("cms_coded_join("), f"{path.name}: give literal arguments"
        for source, column in joins:
            assert source == family, f"{path.name} takes codes from {source}"
            assert f"'{column}'" in listed, f"{path.name}: {column} is not listed in {coded.name}"
        for question in CODED_ANSWER.findall(text):
            assert f"'{question}'" in listed, f"{path.name}: {question} is not in {coded.name}"


@pytest.mark.parametrize("source", sorted(SOURCES))
def test_an_extract_table_lands_into_its_raw_table(tmp_path, warehouse, cic, source):
    table = first_table(source)
    path = write(tmp_path / "any_name.csv", header_and_rows(source))
    code, out = cic("land", path, "--source", source, "--la", "940")
    assert code == 0, out
    rows = query(
        warehouse,
        f"select _source_row, _la_code, _collection_year from raw.{source}__{table.name} "
        "order by _source_row",
    )
    assert rows == [(1, "940", None), (2, "940", None)]
    assert query(warehouse, "select source_system, collection_year from raw._loads") == [
        (source, None)
    ]
    assert_rows_accounted_for(warehouse)


@pytest.mark.parametrize("source", sorted(SOURCES))
def test_header_is_matched_ignoring_case_order_and_spaces(tmp_path, warehouse, cic, source):
    table = first_table(source)
    columns = [f" {c.swapcase()} " for c in reversed(table.columns)]
    path = write(
        tmp_path / "shuffled.csv", ",".join(columns) + "\n" + ",".join("x" * len(columns)) + "\n"
    )
    code, out = cic("land", path, "--source", source, "--la", "940")
    assert code == 0, out
    assert query(warehouse, f"select count(*) from raw.{source}__{table.name}") == [(1,)]


def test_an_unknown_header_is_rejected_with_every_row_recorded(tmp_path, warehouse, cic):
    path = write(tmp_path / "strange.csv", "NOT_A_COLUMN,NOR_THIS\n1,2\n3,4\n")
    code, out = cic("land", path, "--source", "lcs", "--la", "940")
    assert code == 1
    assert "match no lcs table" in out
    assert query(warehouse, "select count(*) from raw._rejects where source_row is not null") == [
        (2,)
    ]
    assert_rows_accounted_for(warehouse)


def test_a_ragged_extract_row_is_rejected_naming_the_row(tmp_path, warehouse, cic):
    table = first_table("mosaic")
    text = ",".join(table.columns) + "\n" + ",".join("x" * len(table.columns)) + "\nonly,two\n"
    path = write(tmp_path / "ragged.csv", text)
    code, out = cic("land", path, "--source", "mosaic", "--la", "940")
    assert code == 1
    assert "row 2 has 2 fields" in out
    assert_rows_accounted_for(warehouse)


def test_the_same_extract_twice_changes_nothing_and_a_newer_one_supersedes(
    tmp_path, warehouse, cic
):
    path = write(tmp_path / "extract.csv", header_and_rows("eclipse"))
    assert cic("land", path, "--source", "eclipse", "--la", "940")[0] == 0
    code, out = cic("land", path, "--source", "eclipse", "--la", "940")
    assert code == 0
    assert "unchanged" in out
    write(path, header_and_rows("eclipse", rows=3))
    code, out = cic("land", path, "--source", "eclipse", "--la", "940")
    assert code == 0
    assert query(warehouse, "select message from raw._loads order by load_id desc limit 1")[0][
        0
    ].endswith("supersedes load 1")


def test_an_extract_without_a_table_names_the_table(tmp_path, warehouse, cic):
    """An extract with no file for one of its family's tables lands, and the landing names
    the table (its rows stay as last landed, or there are none). Landing the same files again
    names that table alone: a file already landed counts for its table. A file with its header
    alone is the table, with no rows."""
    tables = SOURCES["lcs"]
    folder = tmp_path / "extract"
    folder.mkdir()
    for table in tables[:-1]:
        rows = [",".join(table.columns), ",".join(f"v{i}" for i in range(len(table.columns)))]
        write(folder / f"{table.name.upper()}.csv", "\n".join(rows) + "\n")
    absent = tables[-1].name
    expected = f"no landed file for 1 of the {len(tables)} lcs tables ({absent})"
    for _ in range(2):
        code, out = cic("land", folder, "--source", "lcs", "--la", "940")
        assert code == 0, out
        assert "incomplete: " + expected in " ".join(out.split()), out
    write(folder / f"{absent.upper()}.csv", ",".join(tables[-1].columns) + "\n")
    code, out = cic("land", folder, "--source", "lcs", "--la", "940")
    assert code == 0, out
    assert "incomplete" not in out
    assert_rows_accounted_for(warehouse)


def test_bad_options_are_refused_clearly(tmp_path, warehouse, cic):
    path = write(tmp_path / "extract.csv", header_and_rows("lcs"))
    code, out = cic("land", path, "--source", "lcs", "--la", "940", "--year", "2025-26")
    assert code == 2
    assert "give no --year" in out
    code, out = cic("land", path, "--source", "carefirst", "--la", "940")
    assert code == 2
    assert "unknown source" in out
    code, out = cic("land", path, "--la", "940")
    assert code == 2
    assert "need --year" in out


def test_an_xml_file_is_not_a_cms_extract(tmp_path, warehouse, cic):
    path = write(tmp_path / "return.xml", "<Message><Header/></Message>\n")
    code, out = cic("land", path, "--source", "eclipse", "--la", "940")
    assert code == 1
    assert "extracts are CSV files" in out
    assert_rows_accounted_for(warehouse)


def test_every_history_row_has_exactly_the_contract_columns():
    from cic_lab.generate.geography import load_postcodes, neighbours
    from cic_lab.generate.history import histories
    from cic_lab.generate.providers import build_registry
    from cic_lab.generate.run import _scale, _shares, _World, simulate_la

    postcodes = load_postcodes(2)
    sizes, uasc = _shares(postcodes.counts)
    world = _World(
        2,
        ("2024-25", "2025-26"),
        postcodes.pools,
        neighbours(postcodes.pools),
        build_registry(2, postcodes.pools, sizes),
        sizes,
        uasc,
        {"940": _scale("small", "940", sizes)},
    )
    tables = histories(simulate_la("940", world), list(world.years), 2)
    assert set(tables) == set(CONTRACT)
    for entity, rows in tables.items():
        assert rows, f"no {entity} rows"
        assert all(tuple(row) == CONTRACT[entity] for row in rows), entity
