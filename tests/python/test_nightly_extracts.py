"""Which councils a nightly run lands, and from which source (`cic.nightly.extracts`), and what
its land step says of an extract."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cic.cms import SOURCES
from cic.land.warehouse import connect
from cic.nightly.extracts import CouncilExtract, discover, read_registry
from cic.nightly.run import Nightly, Options


def _folders(root: Path, *paths: str) -> Path:
    for path in paths:
        (root / path).mkdir(parents=True)
        (root / path / "file.csv").write_text("x\n", encoding="utf-8")
    return root


def test_one_source_per_council_unregistered_councils_are_warned_about(tmp_path):
    root = _folders(tmp_path, "ssda903/886/2024-25", "ssda903/886/2025-26", "mosaic/941")
    found = discover(root, {})
    by_la = {c.la: c for c in found.councils}
    assert set(by_la) == {"886", "941"} and not found.errors
    assert by_la["886"].source == "ssda903"
    assert set(by_la["886"].folders) == {"2024-25", "2025-26"}
    assert by_la["941"].source == "mosaic" and set(by_la["941"].folders) == {None}
    assert all("not in the registry" in c.warnings[0] for c in found.councils)


def test_the_registry_picks_the_source_of_a_council_with_several(tmp_path):
    root = _folders(tmp_path, "ssda903/940/2025-26", "lcs/940", "mosaic/940")
    (council,) = discover(root, {"940": "lcs"}).councils
    assert council.source == "lcs"
    assert "left alone" in council.warnings[0] and "mosaic" in council.warnings[0]


def test_an_unregistered_council_with_several_sources_is_held_alone(tmp_path):
    root = _folders(tmp_path, "ssda903/940/2025-26", "lcs/940", "ssda903/886/2025-26")
    found = discover(root, {})
    assert [c.la for c in found.councils] == ["886"]
    assert set(found.errors) == {"940"} and "several sources" in found.errors["940"]


def test_a_registered_source_with_no_extract_is_an_error_for_that_council(tmp_path):
    root = _folders(tmp_path, "ssda903/940/2025-26")
    found = discover(root, {"940": "eclipse"})
    assert not found.councils and "registered with source eclipse" in found.errors["940"]


def test_la_limits_the_run_and_names_a_council_with_no_extracts(tmp_path):
    root = _folders(tmp_path, "ssda903/886/2025-26", "ssda903/316/2025-26")
    found = discover(root, {}, only={"316", "935"})
    assert [c.la for c in found.councils] == ["316"]
    assert set(found.errors) == {"935"} and "no extracts" in found.errors["935"]


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("ssda903/88X/2025-26", "not a council folder"),
        ("ssda903/886/2025", "not a collection year folder"),
        ("lcs/999", "not an English LA"),
    ],
)
def test_folders_that_are_no_council_or_year_are_named(tmp_path, path, problem):
    found = discover(_folders(tmp_path, path), {})
    assert not found.councils
    (message,) = found.errors.values()
    assert problem in message and str(tmp_path) in message


def test_what_the_layout_has_no_place_for_is_named_and_left_alone(tmp_path):
    root = _folders(tmp_path, "ssda903/886/2025-26", "Mosaic/941", "weird/940")
    (root / "notes.csv").write_text("x\n", encoding="utf-8")
    (root / "ssda903" / "886" / "return.csv").write_text("x\n", encoding="utf-8")
    (root / "ssda903" / "readme.txt").write_text("x\n", encoding="utf-8")
    found = discover(root, {})
    assert [c.la for c in found.councils] == ["886"] and not found.errors
    sources = ", ".join(("ssda903", *SOURCES))
    assert found.left_alone == {
        str(root / "Mosaic"): f"{root / 'Mosaic'}: left alone: not a source folder ({sources})",
        str(root / "notes.csv"): f"{root / 'notes.csv'}: left alone: not a source folder "
        f"({sources})",
        str(root / "weird"): f"{root / 'weird'}: left alone: not a source folder ({sources})",
        str(root / "ssda903" / "readme.txt"): f"{root / 'ssda903' / 'readme.txt'}: left alone: "
        "a file where a council folder belongs",
        str(root / "ssda903" / "886" / "return.csv"): f"{root / 'ssda903' / '886' / 'return.csv'}"
        ": left alone: a file where a collection year folder belongs",
    }


def test_the_registry_file_is_read_and_a_missing_one_is_an_error(tmp_path):
    path = tmp_path / "councils.csv"
    path.write_text("la_code,la_name,source_system\n940,West,lcs\n,,\n", encoding="utf-8")
    assert read_registry(path) == {"940": "lcs"}  # the blank row is passed over
    with pytest.raises(FileNotFoundError):
        read_registry(tmp_path / "absent.csv")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (b"code,name,system\n886,Kent,ssda903\n", "no column(s) la_code, source_system"),
        (b"la_code,la_name\n886,Kent\n", "no column(s) source_system"),
        (b"la_code,la_name,source_system\n886,Kent,LCS\n", "line 2: source_system 'LCS'"),
        (b"la_code,la_name,source_system\n88,Kent,lcs\n", "line 2: LA code '88' is not"),
        (
            b"la_code,la_name,source_system\n886,Kent,lcs\n316,Newham,lcs\n886,Kent,ssda903\n",
            "line 4: LA 886 is registered again (first on line 2)",
        ),
        (b"la_code,la_name,source_system\n886,Caf\xe9,lcs\n", "line 2: a byte that is not UTF-8"),
    ],
    ids=["no-columns", "no-source-column", "source-in-capitals", "la-code", "twice", "not-utf8"],
)
def test_a_registry_that_cannot_be_read_names_its_file_line_and_problem(
    tmp_path, warehouse, cic, text, problem
):
    path = tmp_path / "councils.csv"
    path.write_bytes(text)
    with pytest.raises(ValueError, match=re.escape(problem)):
        read_registry(path)
    extracts = _folders(tmp_path / "extracts", "ssda903/886/2025-26")
    code, out = cic("nightly", "--extracts", extracts, "--registry", path)
    assert code == 2, out
    assert f"{path.name}" in out and problem in " ".join(out.split())
    assert not warehouse.exists()  # refused before anything is landed


def test_a_missing_extracts_folder_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such folder"):
        discover(tmp_path / "absent", {})


@pytest.mark.parametrize("kind", ["absent", "file"])
def test_an_extracts_path_that_is_no_folder_is_a_bad_option(tmp_path, warehouse, cic, kind):
    """Exit status 2 (bad options), before anything is opened: not 3, which says a build or a
    publication failed."""
    path = tmp_path / "extracts"
    if kind == "file":
        path.write_text("not a folder\n")
    code, out = cic("nightly", "--extracts", path)
    assert code == 2, out
    said = " ".join(out.split())
    assert ("not a folder" if kind == "file" else "no such folder") in said and "--extracts" in said
    assert not warehouse.exists()


def test_the_land_step_names_tables_with_no_file_and_tables_in_two(tmp_path, warehouse):
    """A CMS extract lands without one of its family's tables, and with two files of another:
    the council's land step is a warning naming the first (its rows stay as last landed, here
    none) and the second (only the later file's rows count)."""
    tables = SOURCES["lcs"]
    folder = tmp_path / "extracts" / "lcs" / "940"
    folder.mkdir(parents=True)
    for table in tables[1:]:  # header alone: the table, with no rows
        (folder / f"{table.name.upper()}.csv").write_text(
            ",".join(table.columns) + "\n", encoding="utf-8"
        )
    # A second file of one table (other bytes: CRLF), as a copy beside the extract would be.
    (folder / "COPY.csv").write_bytes((",".join(tables[1].columns) + "\r\n").encode())
    nightly = Nightly(Options(tmp_path / "extracts", tmp_path / "registry.csv"))
    nightly.logs.mkdir(mode=0o700)
    with connect() as con:
        nightly._land(con, [CouncilExtract("940", "lcs", {None: folder})])
    (step,) = nightly.log.steps
    assert (step.step, step.la, step.status) == ("land", "940", "warning")
    assert (
        f"incomplete: no landed file for 1 of the {len(tables)} lcs tables ({tables[0].name})"
        in step.detail
    ), step.detail
    assert f"repeated: table {tables[1].name} is in 2 files (COPY.csv, " in step.detail


def test_the_land_step_names_a_file_two_councils_share(tmp_path, warehouse):
    """Two councils' folders hold the same Header file (a folder copied under the wrong code):
    both land side by side, and each council's land step names the load it shares bytes with,
    the same whichever landed first."""
    sample = Path(__file__).parents[1] / "fixtures" / "sample" / "886" / "2025-26"
    extracts = tmp_path / "extracts"
    councils = []
    for la in ("886", "940"):
        folder = extracts / "ssda903" / la / "2025-26"
        folder.mkdir(parents=True)
        (folder / "header.csv").write_bytes((sample / "header.csv").read_bytes())
        councils.append(CouncilExtract(la, "ssda903", {"2025-26": folder}))
    nightly = Nightly(Options(extracts, tmp_path / "registry.csv"))
    nightly.logs.mkdir(mode=0o700)
    with connect() as con:
        nightly._land(con, councils)
    details = {step.la: step.detail for step in nightly.log.steps}
    assert (
        "header.csv (load 1) has the same bytes as load 2, landed for LA 940, 2025-26"
        in (details["886"])
    ), details
    assert (
        "header.csv (load 2) has the same bytes as load 1, landed for LA 886, 2025-26"
        in (details["940"])
    ), details


def test_the_land_step_notes_a_date_column_in_another_form(tmp_path, warehouse):
    """A council's Header written with year-first dates lands, and its load's message in
    raw._loads (and the outcome the step reports from) says so, naming the column, not a value."""
    folder = tmp_path / "extracts" / "ssda903" / "886" / "2025-26"
    folder.mkdir(parents=True)
    (folder / "header.csv").write_text(
        "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nC1,M,2012-02-01,WBRI,UN1,,\n"
        "C2,F,2013-04-03,WBRI,UN1,,\n",
        encoding="utf-8",
    )
    nightly = Nightly(Options(tmp_path / "extracts", tmp_path / "registry.csv"))
    nightly.logs.mkdir(mode=0o700)
    with connect() as con:
        landed = nightly._land(con, [CouncilExtract("886", "ssda903", {"2025-26": folder})])
        (message,) = con.execute("select message from raw._loads").fetchone() or ("",)
    note = "; dates not written dd/mm/yyyy: DOB 2 of 2 (most: year first, yyyy-mm-dd): "
    assert message.startswith("2 rows" + note), message
    assert [o.message for o in landed["886"]] == [message]
    (step,) = nightly.log.steps
    assert (step.step, step.status) == ("land", "warning")
    assert "header.csv: dates not written dd/mm/yyyy: DOB 2 of 2 (most: " in step.detail
    assert "2012-02-01" not in message + step.detail
