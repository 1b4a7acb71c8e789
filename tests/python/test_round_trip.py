"""Round trip: land a 903 return, build the warehouse, export it, and get the same rows back.

The exported values are the landed values as DfE's tools read them: surrounding spaces trimmed
and codes in upper case (CHILD ids keep their case). Everything else, including invalid codes,
dates that do not parse, blank keys, quotes and commas, comes back as it went in, row for row.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest
from lxml import etree

from cic.export.files import write_csv_set, write_xml
from cic.export.schema import SCHEMA_FILE
from cic.land.xml_file import parse_xml
from cic.ssda903 import TABLES, TABLES_BY_NAME
from cic_lab.processes import NO_CMS_VARS, dbt
from conftest import query

MESSY_VALUES = [
    "",
    " ",
    "C2",
    " c2 ",
    "u4",
    "ZZ9",
    "31/02/2024",
    "1/4/2024",
    "2024-04-01",
    "01/04/2024",
    " 15/06/2024 ",
    "n/a",
    'say "hi"',
    "a,b",
    "Zoë",
    "-1",
    "0",
    "12345678901234567890",
]
CASES = [("301", "2024-25"), ("302", "2025-26"), ("303", "2026-27")]


def messy_return(seed: int, year: str) -> dict[str, list[dict[str, str]]]:
    """A deliberately broken but well-formed return: any value may appear in any column."""
    rng = random.Random(seed)
    children = [f"C{n}" for n in range(12)] + ["", " c3 "]
    tables: dict[str, list[dict[str, str]]] = {}
    for table in TABLES:
        if not table.exists_in(year):
            continue
        count = 12 if table.name == "header" else rng.randint(0, 15)
        rows = []
        for i in range(count):
            row = {c: rng.choice(MESSY_VALUES) for c in table.columns}
            row["CHILD"] = children[i] if table.name == "header" else rng.choice(children)
            rows.append(row)
        tables[table.name] = rows
    return tables


def normalised(value: str | None, column: str) -> str:
    value = (value or "").strip(" ")
    return value if column == "CHILD" else value.upper()


def rows_of(tables: dict[str, list[dict[str, str]]], name: str) -> list[list[str]]:
    columns = TABLES_BY_NAME[name].columns
    return [[normalised(r.get(c), c) for c in columns] for r in tables.get(name, [])]


def read_csv_dir(folder: Path) -> dict[str, list[dict[str, str]]]:
    out = {}
    for path in folder.glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            out[path.stem] = list(csv.DictReader(handle))
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Land CSV sets for three LA-years and an XML file for a fourth, then dbt build once."""
    root = tmp_path_factory.mktemp("round_trip")
    warehouse = root / "warehouse" / "build.duckdb"
    sent: dict[tuple[str, str], dict[str, list[dict[str, str]]]] = {}
    from typer.testing import CliRunner

    from cic.cli import app

    runner = CliRunner()
    env = {"CIC_WAREHOUSE": str(warehouse), "COLUMNS": "200"}
    for seed, (la, year) in enumerate(CASES):
        sent[(la, year)] = messy_return(seed, year)
        folder = root / "in" / la / year
        write_csv_set(folder, sent[(la, year)], year)
        result = runner.invoke(app, ["land", str(folder), "--la", la, "--year", year], env=env)
        assert result.exit_code == 0, result.output
    xml_tables = messy_return(99, "2025-26")
    # XML nests every row under its child's HEADER, so each row names a child in the header.
    known = {r["CHILD"] for r in xml_tables["header"]}
    xml_tables = {n: [r for r in rows if r["CHILD"] in known] for n, rows in xml_tables.items()}
    xml_path = write_xml(root / "in" / "return.xml", xml_tables, "2025-26")
    result = runner.invoke(
        app, ["land", str(xml_path), "--la", "304", "--year", "2025-26"], env=env
    )
    assert result.exit_code == 0, result.output
    # The return and what it reads (export reads nothing else), without tests: make test-dbt
    # runs those. A warehouse fed by 903 files alone (NO_CMS_VARS: no CMS family's staging).
    build = dbt(
        warehouse,
        root,
        "build",
        "--selector",
        "ssda903_return",
        "--exclude-resource-type",
        "test",
        "--vars",
        NO_CMS_VARS,
    )
    assert build.returncode == 0, build.stdout[-3000:]
    exports = {}
    for la, year in [*CASES, ("304", "2025-26")]:
        for file_format in ("csv", "xml"):
            out = root / "out" / file_format / la / year
            result = runner.invoke(
                app,
                ["export", "--la", la, "--year", year, "--out", str(out), "--format", file_format],
                env=env,
            )
            assert result.exit_code == 0, result.output
            exports[(la, year, file_format)] = out
    return {
        "sent": sent,
        "xml_in": xml_path,
        "exports": exports,
        "warehouse": warehouse,
        "dbt_folder": root,
    }


@pytest.mark.slow
@pytest.mark.parametrize(("la", "year"), CASES)
def test_csv_round_trip_gives_back_every_row_and_value(built, la, year):
    sent = built["sent"][(la, year)]
    got = read_csv_dir(built["exports"][(la, year, "csv")])
    assert sorted(got) == sorted(sent)
    for name in sent:
        assert rows_of(got, name) == rows_of(sent, name), name


@pytest.mark.parametrize(("la", "year"), CASES)
def test_exported_csv_files_have_dfe_headers_in_order(built, la, year):
    folder = built["exports"][(la, year, "csv")]
    for table in TABLES:
        path = folder / table.file_name
        assert path.exists() == table.exists_in(year), table.name
        if path.exists():
            assert path.read_text(encoding="utf-8").splitlines()[0] == ",".join(table.columns)


def test_xml_round_trip_gives_back_every_row_and_value(built):
    original = parse_xml(built["xml_in"].read_bytes()).tables
    out = built["exports"][("304", "2025-26", "xml")]
    exported = parse_xml(next(out.glob("*.xml")).read_bytes()).tables
    for name in original:
        before = [{k: normalised(v, k.upper()) for k, v in r.items()} for _, r in original[name]]
        after = [{k: normalised(v, k.upper()) for k, v in r.items()} for _, r in exported[name]]
        key = sorted if name != "header" else list
        assert key(map(sorted_items, after)) == key(map(sorted_items, before)), name


def sorted_items(row: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(row.items()))


def test_csv_landed_return_exports_to_xml_and_back(built):
    """A CSV-landed return written as XML holds the same rows, for children with a Header."""
    sent = built["sent"][("302", "2025-26")]
    out = built["exports"][("302", "2025-26", "xml")]
    got = parse_xml(next(out.glob("*.xml")).read_bytes()).tables
    children = {normalised(r["CHILD"], "CHILD") for r in sent["header"]}
    for name in ("episodes", "reviews", "missing", "sw_episodes", "placed_adoption"):
        expected = sorted(r for r in rows_of(sent, name) if r[0] in children)
        as_rows = [
            [normalised(r.get(c.lower()), c) for c in TABLES_BY_NAME[name].columns]
            for _, r in got[name]
        ]
        if name != "episodes":  # DOB comes from the child's HEADER in XML
            dob = TABLES_BY_NAME[name].columns.index("DOB")
            expected = sorted([*r[:dob], *r[dob + 1 :]] for r in expected)
            as_rows = [[*r[:dob], *r[dob + 1 :]] for r in as_rows]
        assert sorted(as_rows) == expected, name


def test_unparseable_dates_stay_visible_in_the_marts(built):
    rows = query(
        built["warehouse"],
        "select count(*) filter (where decom is null and decom_text is not null), "
        "count(*) filter (where decom is not null) from ssda903.episodes",
    )[0]
    assert rows[0] > 0 and rows[1] > 0


def test_a_newer_file_supersedes_downstream(built, tmp_path):
    """Raw keeps both files; the marts show only the newer one for that table."""
    warehouse = built["warehouse"]
    assert query(warehouse, "select count(*) from ssda903.header where la_code = '301'")[0][0] == 12
    header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nN1,M,01/01/2015,WBRI,UN1,,\n"
    (tmp_path / "header.csv").write_text(header)
    from typer.testing import CliRunner

    from cic.cli import app

    env = {"CIC_WAREHOUSE": str(warehouse)}
    result = CliRunner().invoke(
        app, ["land", str(tmp_path / "header.csv"), "--la", "301", "--year", "2024-25"], env=env
    )
    assert result.exit_code == 0, result.output
    # In the fixture's dbt folder, so that dbt parses only what changed since (nothing).
    build = dbt(
        warehouse,
        built["dbt_folder"],
        "run",
        "--select",
        "ssda903__header+,group:ssda903_return",
        "--vars",
        NO_CMS_VARS,
    )
    assert build.returncode == 0, build.stdout[-2000:]
    assert query(warehouse, "select child from ssda903.header where la_code = '301'") == [("N1",)]
    assert query(warehouse, "select count(*) from raw.ssda903__header where _la_code = '301'") == [
        (13,)
    ]
    episodes = query(warehouse, "select count(*) from ssda903.episodes where la_code = '301'")
    assert episodes[0][0] == len(built["sent"][("301", "2024-25")]["episodes"])


XSD = SCHEMA_FILE  # DfE's schema, as the runtime reads it (contracts/xsd/)
VALUE_FACETS = ("enumeration", "pattern", "length", "minLength", "maxLength")


def structure_only_schema() -> etree.XMLSchema:
    """DfE's schema without its value facets: 2021 code lists do not hold for later years."""
    document = etree.parse(str(XSD))
    for facet in VALUE_FACETS:
        for node in document.iter(f"{{http://www.w3.org/2001/XMLSchema}}{facet}"):
            node.getparent().remove(node)
    return etree.XMLSchema(document)


@pytest.mark.parametrize(("la", "year"), [*CASES, ("304", "2025-26")])
def test_xml_export_follows_the_dfe_schema_structure(built, la, year):
    path = next(built["exports"][(la, year, "xml")].glob("*.xml"))
    document = etree.parse(str(path))
    for later in ("SWEPISODE", "DOLO"):  # groups added to the return after the 2021 schema
        for node in document.iter(later):
            node.getparent().remove(node)
    schema = structure_only_schema()
    assert schema.validate(document), schema.error_log.last_error


def test_rows_the_xml_cannot_hold_are_counted():
    from cic.export.files import unplaced_in_xml

    tables = {
        "header": [{"CHILD": "A"}, {"CHILD": "B"}],
        "oc2": [{"CHILD": "A"}, {"CHILD": "A"}, {"CHILD": "B"}],
        "reviews": [{"CHILD": "A"}, {"CHILD": "A"}, {"CHILD": "Z"}],
    }
    assert unplaced_in_xml(tables) == {"oc2": 1, "reviews": 1}


def test_landing_reads_what_write_csv_set_writes(tmp_path, warehouse):
    """Every exported table lands back with every value exactly as written (DuckDB's reader)."""
    from cic.land.lander import Lander
    from cic.land.warehouse import connect

    tables = messy_return(11, "2025-26")
    folder = tmp_path / "return"
    write_csv_set(folder, tables, "2025-26")
    with connect(warehouse) as con:
        lander = Lander(con, "886", "2025-26")
        for path in sorted(folder.glob("*.csv")):
            outcome = lander.land(path)
            assert outcome.status == "landed", (path.name, outcome.message)
        for name, rows in tables.items():
            columns = TABLES_BY_NAME[name].columns
            landed = con.execute(
                f"select {', '.join(columns)} from raw.ssda903__{name} order by _source_row"
            ).fetchall()
            assert [list(r) for r in landed] == [[r[c] for c in columns] for r in rows], name
