"""The return derived from CMS extracts: equal to the generated 903 files for every shape, unmapped
local codes listed and nothing else changed, and new councils added by following the guide
(docs/adding-a-council.md) on generated data."""

from __future__ import annotations

import csv
import shutil
from collections import Counter
from pathlib import Path

import pytest

from cic.cms import SOURCES
from cic.councils import new_council
from cic.export.returns import export_return, read_return
from cic.land.warehouse import connect
from cic.paths import PROJECT_ROOT
from cic_lab.cms_match import ShapeMatch, build, build_vars, compare, land_extracts, match
from cic_lab.generate.run import run
from cic_lab.processes import dbt
from conftest import query

YEARS = ["2024-25", "2025-26"]
LA = "940"
NEW_LOCAL_VALUE = "COUNCIL_OWN_PLACEMENT_TERM"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cms") / "generated"
    run(out, "small", YEARS, seed=4, sources=tuple(SOURCES), processes=1)
    return out


@pytest.mark.slow
def test_every_cms_shape_derives_the_generated_return_exactly(generated, tmp_path):
    """Every shape's extracts in one warehouse (each LA of each shape a council of its own),
    built once: each council's return equals the 903 files generated for its LA."""
    matched = match(generated, sorted(SOURCES), YEARS, tmp_path)
    assert [r.source for r in matched.shapes] == sorted(SOURCES)
    assert len(set(matched.councils.values())) == len(SOURCES) * 2  # two LAs in the small tier
    for result in matched.shapes:
        for table in ("header", "episodes", "reviews", "missing", "sw_episodes", "oc2", "oc3"):
            assert result.tables[table].expected > 0, f"{result.source}: no {table} rows to compare"
        wrong = {
            name: (t.expected, t.derived, t.matched)
            for name, t in result.tables.items()
            if t.share < 1.0
        }
        assert not wrong, (
            f"{result.source}: tables that differ (903 rows, derived, matched): {wrong}"
        )
    # The derived return exports as DfE receives it, the same bytes every time.
    with connect(matched.warehouse) as con:
        for out in (tmp_path / "export1", tmp_path / "export2"):
            export_return(con, matched.councils[("lcs", LA)], YEARS[-1], out, "csv")
    first = {p.name: p.read_bytes() for p in (tmp_path / "export1").glob("*.csv")}
    assert first == {p.name: p.read_bytes() for p in (tmp_path / "export2").glob("*.csv")}
    assert len(first) == 11
    # Every date of every family's extract reads, every table has its file and every row's
    # person is in the persons file: nothing is listed as unreadable, missing or unmatched.
    for listing in ("unreadable_cms_dates", "missing_cms_tables", "unmatched_cms_persons"):
        assert query(matched.warehouse, f"select * from validation.{listing}") == [], listing


def _rewrite(path: Path, column: str, change: dict[int, str]) -> None:
    """Give `column` the value change[n] in data row n (counted from 1 after the header)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    at = rows[0].index(column)
    for number, value in change.items():
        rows[number][at] = value
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


@pytest.mark.slow
def test_unreadable_dates_unmatched_persons_and_a_table_never_landed_are_listed(
    generated, tmp_path
):
    """A date in another format (as a spreadsheet re-saves an extract) or not a date at all is
    read as no date, so the derived return would be wrong: validation.unreadable_cms_dates lists
    the file, column, how many rows and the first of them, and its warn test fails. Blanks and
    the CMS's placeholder dates are not listed. A table of which no file was landed is read as
    empty: validation.missing_cms_tables lists it, and its warn test fails. Rows whose person id
    is written otherwise than in the persons file (290908.0 for 290908), or blank, never reach
    the return: validation.unmatched_cms_persons lists the file, and its warn test fails."""
    data = tmp_path / "data"
    extract = data / "lcs" / LA
    shutil.copytree(generated / "lcs" / LA, extract)
    _rewrite(
        extract / "FACT_CLA_REVIEW.csv",
        "MEETING_DTTM",
        {3: "14/05/2025 10:30", 5: "", 7: "2025-13-40 00:00:00.000", 8: "1900-01-01 00:00:00.000"},
    )
    _rewrite(extract / "FACT_CLA.csv", "END_DTTM", {2: "not recorded", 4: "9999-12-31"})
    (extract / "FACT_MISSING_PERSON.csv").unlink()
    with (extract / "FACT_CLA_PLACEMENT.csv").open(encoding="utf-8", newline="") as handle:
        placements = list(csv.DictReader(handle))
    _rewrite(
        extract / "FACT_CLA_PLACEMENT.csv",
        "DIM_PERSON_ID",
        {4: placements[3]["DIM_PERSON_ID"] + ".0", 6: ""},
    )
    work = tmp_path / "work"
    work.mkdir()
    warehouse = work / "build.duckdb"
    land_extracts(warehouse, data, "lcs", [LA])
    built = dbt(
        warehouse,
        work,
        "build",
        "--select",
        "+validation__unreadable_cms_dates",
        "+validation__missing_cms_tables",
        "+validation__unmatched_cms_persons",
        "--indirect-selection",
        "cautious",
        "--vars",
        build_vars(sorted(SOURCES), YEARS),  # the vars of the shapes' builds: their parse
    )
    assert built.returncode == 0, built.stdout + built.stderr
    assert "Got 2 results, configured to warn" in built.stdout  # the dates
    assert built.stdout.count("Got 1 result, configured to warn") == 2  # the table, the persons
    assert query(
        warehouse,
        "select la_code, source_system, source_file, column_name, rows_affected, first_row"
        " from validation.unreadable_cms_dates order by all",
    ) == [
        (LA, "lcs", "FACT_CLA.csv", "END_DTTM", 1, 2),
        (LA, "lcs", "FACT_CLA_REVIEW.csv", "MEETING_DTTM", 2, 3),
    ]
    assert query(warehouse, "select * from validation.missing_cms_tables") == [
        (LA, "lcs", "fact_missing_person")
    ]
    assert query(warehouse, "select * from validation.unmatched_cms_persons") == [
        (LA, "lcs", "FACT_CLA_PLACEMENT.csv", "DIM_PERSON_ID", 2, 4)
    ]


def _copy_project(into: Path) -> Path:
    """A copy of the dbt project, so that the test can edit its seeds."""
    into.mkdir()
    for name in ("dbt_project.yml", "selectors.yml", "profiles.example.yml"):
        shutil.copy2(PROJECT_ROOT / name, into / name)
    for name in ("models", "macros", "seeds", "tests"):
        shutil.copytree(PROJECT_ROOT / name, into / name, ignore=shutil.ignore_patterns("python"))
    return into


def _inject(extract: Path, column: str, value: str) -> int:
    """Every `value` in the extract's `column` becomes NEW_LOCAL_VALUE; returns how many."""
    changed = 0
    for path in extract.glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        names = [c.strip().lower() for c in rows[0]]
        if column not in names:
            continue
        at = names.index(column)
        for row in rows[1:]:
            if row[at].strip().upper() == value.upper():
                row[at] = NEW_LOCAL_VALUE
                changed += 1
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerows(rows)
    return changed


def _unmapped(warehouse: Path) -> list[tuple[object, ...]]:
    return query(
        warehouse,
        "select la_code, source_system, domain, local_value, rows_affected "
        "from validation.unmapped_codes order by all",
    )


# Per family: the extract column holding the placement type, and how its local values map.
PLACEMENT_TYPE_COLUMN = {"eclipse": "placementtypecode", "mosaic": "placement_type"}


def _placement_type_map(source: str, extract: Path, seeds: Path) -> dict[str, str]:
    """Local placement type (upper case) -> DfE code, for values with exactly one mapping:
    eclipse maps with the family rows of the seed, mosaic with the extract's mapping groups."""
    if source == "eclipse":
        with (seeds / "local_code_map.csv").open(encoding="utf-8", newline="") as handle:
            pairs = [
                (r["local_value"], r["dfe_code"])
                for r in csv.DictReader(handle)
                if r["source_system"] == source
                and r["domain"] == "placement_type"
                and not r["la_code"]
            ]
    else:
        with (extract / "dm_mapping_groups.csv").open(encoding="utf-8", newline="") as handle:
            pairs = [
                (r["MAPPED_VALUE"], r["CATEGORY_VALUE"])
                for r in csv.DictReader(handle)
                if r["GROUP_NAME"].strip().upper() == "SSDA903 PLACEMENT TYPE"
            ]
    once = Counter(local.strip().upper() for local, _ in pairs)
    return {local.strip().upper(): dfe for local, dfe in pairs if once[local.strip().upper()] == 1}


def _most_common_mapped_type(source: str, extract: Path, seeds: Path) -> tuple[str, str]:
    """The extract's most common local placement type that maps to exactly one DfE code, and
    that code."""
    column = PLACEMENT_TYPE_COLUMN[source]
    dfe = _placement_type_map(source, extract, seeds)
    counts: Counter[str] = Counter()
    for path in extract.glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            names = {n.strip().lower(): n for n in reader.fieldnames or []}
            if column in names:
                values = (r[names[column]].strip().upper() for r in reader)
                counts.update(v for v in values if v in dfe)
    local, _ = counts.most_common(1)[0]
    return local, dfe[local]


def _assert_exact(warehouse: Path, data: Path, councils: dict[str, tuple[str, str]]) -> None:
    for source, (la, _) in councils.items():
        result = ShapeMatch(source)
        compare(warehouse, data, {la: la}, YEARS, result)
        assert all(t.share == 1.0 for t in result.tables.values()), (source, result.tables)


# The councils the guide adds in the test: one on each family whose local codes a council maps
# (eclipse with the family rows of the seed, mosaic with the extract's own mapping groups).
GUIDE_COUNCILS = {"eclipse": "940", "mosaic": "941"}


@pytest.mark.slow
def test_new_councils_by_the_guide_and_their_unmapped_codes(generated, tmp_path, monkeypatch):
    """Two councils follow the guide's steps side by side, one on each family, and are built
    together (one parse, one build per step): each lists its own unmapped term and nothing
    else, and each return is exact once the term is mapped."""
    project = _copy_project(tmp_path / "project")
    monkeypatch.setattr("cic_lab.processes.PROJECT_ROOT", project)
    seeds = project / "seeds" / "reference"
    data = tmp_path / "data"
    councils: dict[str, tuple[str, str]] = {}  # source -> (LA, the DfE code of the term)
    for source, la in GUIDE_COUNCILS.items():
        extract = data / source / la
        shutil.copytree(generated / source / la, extract)
        shutil.copytree(generated / "ssda903" / la, data / "ssda903" / la)
        local, code = _most_common_mapped_type(source, extract, seeds)

        # Step 1: register. Nothing is landed yet, so there is nothing to map.
        done = new_council(la, f"Council {la}", source, tmp_path / "none.duckdb", seeds)
        assert done.registered and not done.unmapped_found
        assert f"{la},Council {la},{source}" in (seeds / "councils.csv").read_text()

        # Step 2: the first extract uses a term the family map does not know.
        assert _inject(extract, PLACEMENT_TYPE_COLUMN[source], local) > 0
        councils[source] = (la, code)
    work = tmp_path / "work"
    work.mkdir()
    warehouse = work / "build.duckdb"
    for source, (la, _) in councils.items():
        land_extracts(warehouse, data, source, [la])

    # Step 3: build; each term is listed, with the rows that carry it, and kept as it arrived.
    # Every family is named, as in the shapes' build: dbt starts from that parse of the project
    # and parses again only what the copy changed (lcs builds empty).
    build(warehouse, work, sorted(SOURCES), YEARS)
    unmapped = _unmapped(warehouse)
    assert [row[:4] for row in unmapped] == sorted(
        (la, source, "placement_type", NEW_LOCAL_VALUE) for source, (la, _) in councils.items()
    )
    assert all(row[4] > 0 for row in unmapped)
    with connect(warehouse) as con:
        for source, (la, _) in councils.items():
            episodes = [r for y in YEARS for r in read_return(con, la, y)["episodes"]]
            assert NEW_LOCAL_VALUE in {r["PLACE"] for r in episodes}, source

    # ... and nothing else changed: with the term read as its DfE code, each return is exact.
    with connect(warehouse) as con:
        for la, code in councils.values():
            con.execute(
                "update ssda903.episodes set place = ? where place = ? and la_code = ?",
                [code, NEW_LOCAL_VALUE, la],
            )
    _assert_exact(warehouse, data, councils)

    # Step 4: the command again scaffolds a row to fill in; a person fills it in.
    for source, (la, code) in councils.items():
        done = new_council(la, f"Council {la}", source, warehouse, seeds)
        assert not done.registered and done.mapping_rows == 1
        text = (seeds / "local_code_map.csv").read_text()
        row = f"{la},{source},placement_type,{NEW_LOCAL_VALUE},"
        assert f"{row},,,to fill in" in text
        (seeds / "local_code_map.csv").write_text(text.replace(f"{row},", f"{row}{code},"))

    # Step 5: rebuild: nothing unmapped, and each return equals the generated files.
    build(warehouse, work, sorted(SOURCES), YEARS)
    assert _unmapped(warehouse) == []
    _assert_exact(warehouse, data, councils)
