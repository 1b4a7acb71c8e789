"""The 903 return is declared once, in contracts/ssda903.yml: the Python tables, the XML layout
and the dbt files that list the tables and columns all come from it, and adding a column is
one entry there."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from cic import ssda903, xml903
from cic.codegen import ssda903 as codegen
from cic.codegen import stale
from cic.contracts import SSDA903_FILE, ContractError, ssda903_tables
from cic.paths import PROJECT_ROOT


def test_generated_903_files_are_current():
    mine = set(codegen.files(PROJECT_ROOT))
    assert [p for p in stale() if p in mine] == [], "run `cic codegen` and commit what it writes"


def test_python_tables_are_the_declared_ones():
    declared = ssda903_tables()
    assert [t.name for t in ssda903.TABLES] == [t.name for t in declared]
    assert ssda903.XML_ONLY_COLUMNS == {"header": ("UASC",)}
    for table, contract in zip(ssda903.TABLES, declared, strict=True):
        assert ssda903.raw_columns(table) == tuple(c.column for c in contract.columns)
        assert table.dates <= set(table.columns)
    assert ssda903.TABLES_BY_NAME["sw_episodes"].first_year == "2023-24"
    assert not ssda903.TABLES_BY_NAME["dolo"].exists_in("2025-26")


def test_every_column_has_one_place_in_the_xml():
    placed = [(t, c) for _, t, c in xml903.HEADER_ITEMS]
    placed += [("header", c) for c in xml903.MOTHER_ITEMS]
    placed += [(t, c) for _, t, columns in xml903.HEADER_GROUPS for c in columns]
    placed += [(t, c) for _, t, items in xml903.CHILD_GROUPS for _, c in items]
    expected = [(t.name, c.name) for t in ssda903_tables() for c in t.columns if not c.from_header]
    assert sorted(placed) == sorted(expected)
    assert tuple(t.name for t in ssda903.TABLES) == xml903.XML_TABLES


def test_every_mart_column_is_documented_and_typed():
    marts = yaml.safe_load((PROJECT_ROOT / codegen.MARTS).read_text())["models"]
    for model in marts:
        for column in model["columns"]:
            assert column.get("description"), (model["name"], column["name"])
            assert column.get("data_type"), (model["name"], column["name"])


def project_with_contract(root: Path) -> Path:
    """A project root holding a copy of everything the 903 generator reads."""
    (root / SSDA903_FILE).parent.mkdir(parents=True)
    shutil.copy2(PROJECT_ROOT / SSDA903_FILE, root / SSDA903_FILE)
    return root


def add_column(root: Path, table: str, entry: str) -> None:
    """The one edit: `entry` appended to the columns of `table` in the declaration (a table's
    entry ends at the first blank line)."""
    path = root / SSDA903_FILE
    text = path.read_text()
    start = text.index(f"\n  - name: {table}\n")
    end = text.index("\n\n", start + 1) + 1
    path.write_text(text[:end] + entry + text[end:])


NEW_DATE_COLUMN = """\
      - name: PLACE_REVIEWED
        kind: date
        description: "A throwaway date column for this test."
"""

NEW_FOLDED_COLUMN = """\
      - name: ADOPTR_AGE
        kind: code
        description: "A throwaway AD1 column for this test."
"""


def test_a_new_column_is_one_entry_in_the_declaration(tmp_path):
    root = project_with_contract(tmp_path)
    add_column(root, "episodes", NEW_DATE_COLUMN)
    add_column(root, "ad1", NEW_FOLDED_COLUMN)
    files = codegen.files(root)

    sources = yaml.safe_load(files[codegen.SOURCES])["sources"][0]["tables"]
    raw = {t["name"]: [c["name"] for c in t.get("columns", [])] for t in sources}
    assert raw["ssda903__episodes"][12:14] == ["urn", "place_reviewed"]
    assert "adoptr_age" in raw["ssda903__ad1"]

    marts = {m["name"]: m for m in yaml.safe_load(files[codegen.MARTS])["models"]}
    columns = {c["name"]: c for c in marts["ssda903__episodes"]["columns"]}
    assert columns["place_reviewed"]["data_type"] == "date"
    assert columns["place_reviewed_text"]["data_type"] == "string"
    assert list(columns)[-4:] == [
        "place_reviewed",
        "place_reviewed_text",
        "_source_file",
        "_source_row",
    ]

    macro = files[codegen.MACROS]
    assert "'place_reviewed', 'place_reviewed_text'" in macro  # the mart's columns
    assert "'date_columns': ['decom', 'dec', 'place_reviewed']" in macro

    staging = files[codegen.STAGING / "stg_ssda903__episodes.sql"]
    assert "{{ parse_dmy_date('source.place_reviewed') }} as place_reviewed," in staging
    assert "{{ clean_text('source.place_reviewed') }} as place_reviewed_text," in staging
    assert (
        "{{ clean_code('source.adoptr_age') }} as adoptr_age,"
        in (files[codegen.STAGING / "stg_ssda903__ad1.sql"])
    )

    tables = {t.name: t for t in ssda903.tables(root)}
    assert tables["episodes"].columns[-1] == "PLACE_REVIEWED"
    assert "PLACE_REVIEWED" in tables["episodes"].dates
    assert tables["ad1"].columns[-1] == "ADOPTR_AGE"

    layout = xml903.layout(root)
    episode = next(g for g in layout.child_groups if g.table == "episodes")
    assert episode.items[-1] == ("PLACE_REVIEWED", "PLACE_REVIEWED")
    header = [e.element for e in layout.header]
    assert header[header.index("LS_ADOPTR") + 1] == "ADOPTR_AGE"


def test_the_generated_files_are_the_same_every_time(tmp_path):
    root = project_with_contract(tmp_path)
    assert codegen.files(root) == codegen.files(PROJECT_ROOT)


def test_a_mistake_in_the_declaration_is_named(tmp_path):
    root = project_with_contract(tmp_path)
    add_column(root, "oc3", "      - {name: NEW, kinds: code, description: A typo.}\n")
    with pytest.raises(ContractError, match=r"table 9 \(oc3\) column 6: unknown key.*kinds"):
        ssda903_tables(root)
