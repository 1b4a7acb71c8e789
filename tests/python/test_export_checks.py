"""`cic export` checks itself: the XML is validated against DfE's schema before a byte is
written, a value that cannot be written is named by table, row and column (never the value),
`--out` problems are clear messages with exit status 2, and a failed export leaves no file
behind (each is written under a temporary name and renamed into place).

The marts are made here directly (the columns `cic export` reads), so no dbt build is needed.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import duckdb
import pytest
from lxml import etree

from cic.export.schema import structure_schema
from cic.ssda903 import TABLES, XML_ONLY_COLUMNS

LA, YEAR = "886", "2025-26"
HEADER_ROW = {
    "CHILD": "SECRET1",
    "SEX": "1",
    "DOB": "14/02/2011",
    "ETHNIC": "WBRI",
    "UPN": "A123456789012",
    "MOTHER": "",
    "MC_DOB": "",
}
EPISODE = {
    "CHILD": "SECRET1",
    "DECOM": "01/04/2025",
    "RNE": "S",
    "LS": "C2",
    "CIN": "N1",
    "PLACE": "U1",
    "PLACE_PROVIDER": "PR1",
    "DEC": "",
    "REC": "",
    "REASON_PLACE_CHANGE": "",
    "HOME_POST": "AB1 2CD",
    "PL_POST": "XY9 8ZW",
    "URN": "SC123456",
}
SECRETS = ("SECRET1", "A123456789012", "14/02/2011", "XY9")


def make_marts(warehouse: Path, rows: dict[str, list[dict[str, str]]]) -> None:
    """ssda903.<table> as the marts hold them: DfE columns in lower case (a date's landed text
    as <column>_text), the LA, the year and where each row was landed from."""
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(warehouse)) as con:
        con.execute("create schema if not exists ssda903")
        for table in TABLES:
            columns = table.columns + XML_ONLY_COLUMNS.get(table.name, ())
            names = [f"{c.lower()}_text" if c in table.dates else c.lower() for c in columns]
            every = [*names, "la_code", "collection_year", "_source_file", "_source_row"]
            con.execute(
                f"create or replace table ssda903.{table.name} "
                f"({', '.join(f'{n} varchar' for n in every[:-1])}, _source_row integer)"
            )
            for number, row in enumerate(rows.get(table.name, []), start=1):
                values = [row.get(c, "") for c in columns]
                values += [LA, YEAR, f"{table.name}.csv", number]
                marks = ", ".join("?" * len(values))
                con.execute(f"insert into ssda903.{table.name} values ({marks})", values)


@pytest.fixture
def marts(warehouse: Path):
    def make(**rows: list[dict[str, str]]) -> None:
        make_marts(warehouse, {"header": [HEADER_ROW], "episodes": [EPISODE], **rows})

    return make


def export(cic, out: Path | str, file_format: str = "xml") -> tuple[int, str]:
    return cic("export", "--la", LA, "--year", YEAR, "--out", out, "--format", file_format)


def no_secrets(out: str) -> None:
    assert "Traceback" not in out
    for secret in SECRETS:
        assert secret not in out, secret


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_valid_return_is_validated_and_written(tmp_path, marts, cic):
    marts()
    out = tmp_path / "out"
    code, text = export(cic, out)
    assert code == 0, text
    assert leftovers(out) == [f"ssda903_{LA}_{YEAR}.xml"]
    written = out / f"ssda903_{LA}_{YEAR}.xml"
    assert structure_schema().validate(etree.parse(str(written)))
    assert stat.S_IMODE(written.stat().st_mode) == 0o600


def test_csv_export_writes_every_file_and_nothing_else(tmp_path, marts, cic):
    marts()
    out = tmp_path / "out"
    code, text = export(cic, out, "csv")
    assert code == 0, text
    assert leftovers(out) == sorted(t.file_name for t in TABLES if t.exists_in(YEAR))


def test_a_value_xml_cannot_hold_is_named_and_nothing_is_written(tmp_path, marts, cic):
    bad = EPISODE | {"PL_POST": "XY9\x01 8ZW"}
    marts(episodes=[EPISODE, bad])
    out = tmp_path / "out"
    out.mkdir()
    (out / f"ssda903_{LA}_{YEAR}.xml").write_text("the previous export")
    code, text = export(cic, out)
    flat = " ".join(text.split())
    assert code == 1, text
    assert (
        "table episodes, row 2 (episodes.csv, row 2), column PL_POST: holds a character XML "
        "cannot hold" in flat
    )
    assert "nothing was written" in flat
    no_secrets(text)
    assert leftovers(out) == [f"ssda903_{LA}_{YEAR}.xml"]
    assert (out / f"ssda903_{LA}_{YEAR}.xml").read_text() == "the previous export"


def test_a_document_the_schema_refuses_is_named_and_nothing_is_written(tmp_path, marts, cic):
    """DfE's schema holds at most 52 reviews a child: the 53rd is named, by table and row."""
    review = {"CHILD": "SECRET1", "DOB": "14/02/2011", "REVIEW": "01/05/2025", "REVIEW_CODE": "PN1"}
    marts(reviews=[review] * 53)
    out = tmp_path / "out"
    code, text = export(cic, out)
    flat = " ".join(text.split())
    assert code == 1, text
    assert "table reviews, row 53 (reviews.csv, row 53): <AREVIEW> is not expected there" in flat
    no_secrets(text)
    assert not out.exists()


def test_many_problems_are_counted_beyond_those_listed(tmp_path, marts, cic):
    bad = EPISODE | {"URN": "SC\x0b1"}
    marts(episodes=[bad] * 30)
    code, text = export(cic, tmp_path / "out")
    assert code == 1
    assert "30 value(s) or element(s) cannot be written" in " ".join(text.split())
    assert text.count("column URN: holds a character XML cannot hold") == 30
    no_secrets(text)


def place_a_file(tmp_path: Path) -> Path:
    (tmp_path / "taken").write_text("a file")
    return tmp_path / "taken"


def under_a_file(tmp_path: Path) -> Path:
    (tmp_path / "taken").write_text("a file")
    return tmp_path / "taken" / "exports" / "886"


def cannot_be_created(_: Path) -> Path:
    return Path("/proc/cic-no-such-folder/exports")


def not_permitted(_: Path) -> Path:
    target = Path("/sys/cic-test-exports")
    try:
        target.mkdir()
    except PermissionError:
        return target / "886"
    except OSError:
        pass
    else:
        target.rmdir()
    pytest.skip("no folder here refuses this user a new folder")


def read_only_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    if os.access(folder, os.W_OK):  # root writes anywhere
        pytest.skip("this user writes to read-only folders")
    return folder


@pytest.mark.parametrize("file_format", ["csv", "xml"])
@pytest.mark.parametrize(
    ("where", "says"),
    [
        (place_a_file, "is a file, not a folder"),
        (under_a_file, "is a file, not a folder"),
        (cannot_be_created, "a folder above it cannot be created"),
        (not_permitted, "permission denied"),
        (read_only_folder, "permission denied"),
    ],
    ids=["out-is-a-file", "out-under-a-file", "missing-parent", "not-permitted", "read-only"],
)
def test_out_problems_are_clear_messages_with_status_2(
    tmp_path, marts, cic, where, says, file_format
):
    marts()
    out = where(tmp_path)
    code, text = export(cic, out, file_format)
    flat = " ".join(text.split())
    assert code == 2, text
    assert f"cannot write to {out}" in flat and says in flat
    no_secrets(text)
    if out.parent.is_dir() and os.access(out.parent, os.R_OK):
        assert not [n for n in leftovers(out.parent) if n.endswith(".partial")]


def test_a_failed_csv_export_leaves_the_folder_as_it_was(tmp_path, marts, cic, monkeypatch):
    """The disk fills while the third file is written: no file of this export is in place, the
    previous export's files are untouched, and no temporary file is left."""
    marts()
    out = tmp_path / "out"
    out.mkdir()
    (out / "header.csv").write_text("the previous export")
    from cic.export import files

    opened = files._Staged.open
    calls = []

    def full(self, name, binary=False):
        calls.append(name)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return opened(self, name, binary)

    monkeypatch.setattr(files._Staged, "open", full)
    code, text = export(cic, out, "csv")
    assert code == 2, text
    assert "No space left on device" in " ".join(text.split())
    assert leftovers(out) == ["header.csv"]
    assert (out / "header.csv").read_text() == "the previous export"
    no_secrets(text)


def test_the_runtime_schema_holds_the_groups_added_since_2021():
    schema = structure_schema()
    document = etree.fromstring(
        b"<EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILDID><UPN/><SEX>1</SEX><DOB/><ETHNIC/>"
        b"<UASC>0</UASC></HEADER><EPISODE><DECOM/><RNE/><LS/><CIN/><PL/><DEC/><REC/></EPISODE>"
        b"<SWEPISODE><SW_ID>1</SW_ID><SW_DECOM/></SWEPISODE><DOLO><DOLO_START/></DOLO>"
        b"</CHILD></EXPSSDA903>"
    )
    assert schema.validate(document), schema.error_log.last_error
    dolo = document.find("CHILD/DOLO")
    dolo.remove(dolo.find("DOLO_START"))
    assert not schema.validate(document)
