"""`cic land` on bad input: every kind of file, name and path a council (or an attacker) may hand
it. Each case checks four things: a clear message naming the file (and row and column where
there is one), the exit status, rows read = rows landed + rows rejected for every load in
raw._loads, and that no value of the input appears in the output or the audit tables
(raw._loads.message, raw._rejects.reason).

Exit status of `cic land`: 0 landed, 1 a file rejected, 2 nothing landed (bad options, no such
path, nothing to land, warehouse busy or failing), 3 landed but paths skipped.
"""

from __future__ import annotations

import codecs
import errno
import gzip
import io
import os
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from conftest import query
from test_land import EPISODES, HEADER, assert_rows_accounted_for

# Values in the inputs: none may appear in any message, reason or line printed.
SECRETS = ("SECRET1", "SECRET2", "A123456789012", "14/02/2011", "UNSECRET9")
ROWS = ("SECRET1,M,14/02/2011,WBRI,A123456789012,,", "SECRET2,F,03/04/2013,BAFR,UNSECRET9,0,")
GOOD = HEADER + "\n" + "\n".join(ROWS) + "\n"
LAND, REJECTED, NOT_LANDED, SKIPPED = 0, 1, 2, 3
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

Make = Callable[[Path, pytest.MonkeyPatch], list[str | Path]]


@dataclass(frozen=True)
class Case:
    """Input made under a folder; what `cic land` must say (fragments of its output, white space
    flattened), its exit status, and the status of each load in raw._loads, in order."""

    make: Make
    code: int
    says: tuple[str, ...]
    loads: tuple[str, ...] = ()
    secrets: tuple[str, ...] = SECRETS
    then: Callable[[Path], None] | None = None  # more checks on the warehouse


def file(name: str | bytes, data: bytes | str) -> Make:
    """A single file, given by its path."""

    def make(tmp: Path, _: pytest.MonkeyPatch) -> list[str | Path]:
        path = tmp / (os.fsdecode(name) if isinstance(name, bytes) else name)
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        return [path]

    return make


def good_beside(make_other: Callable[[Path], None]) -> Make:
    """A folder holding a good header.csv and whatever `make_other` puts beside it."""

    def make(tmp: Path, _: pytest.MonkeyPatch) -> list[str | Path]:
        folder = tmp / "return"
        folder.mkdir()
        (folder / "header.csv").write_text(GOOD)
        make_other(folder)
        return [folder]

    return make


def utf8_with(bad: bytes, at_row: int = 2, rows: int = 3) -> bytes:
    """A UTF-8 file (with a multi-byte character in row 1) whose row `at_row` holds `bad`."""
    lines = [HEADER.encode()]
    for n in range(1, rows + 1):
        upn = "Zoë" if n == 1 else "UN1"
        line = f"SECRET{n},M,14/02/2011,WBRI,{upn},0,".encode()
        if n == at_row:
            line = line.replace(b"UN1", b"UN" + bad)
        lines.append(line)
    return b"\n".join(lines) + b"\n"


def xml(body: str, prolog: str = '<?xml version="1.0" encoding="UTF-8"?>\n') -> bytes:
    return (prolog + body).encode()


CHILD = (
    "<CHILD><HEADER><CHILDID>SECRET1</CHILDID><UPN>A123456789012</UPN><SEX>1</SEX>"
    "<DOB>14/02/2011</DOB><ETHNIC>WBRI</ETHNIC><UASC>0</UASC></HEADER></CHILD>"
)
LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "SECRET1">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
        for n in range(1, 10)
    )
    + "]>\n"
)


def link(name: str, target: str | Path) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        (folder / name).symlink_to(target)

    return make


def outside_link(folder: Path) -> None:
    elsewhere = folder.parent / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "other.csv").write_text(GOOD.replace("SECRET", "XSECRET"))
    (folder / "other.csv").symlink_to(elsewhere / "other.csv")


def inside_link(folder: Path) -> None:
    (folder / "sub").mkdir()
    (folder / "sub" / "episodes.csv").write_text(
        EPISODES + "\nSECRET1,01/04/2024,S,C2,N1,U1,,,,,,,\n"
    )
    (folder / "latest.csv").symlink_to(folder / "sub" / "episodes.csv")


def fifo(folder: Path) -> None:
    os.mkfifo(folder / "pipe.csv")


def loop(folder: Path) -> None:
    (folder / "a.csv").symlink_to(folder / "b.csv")
    (folder / "b.csv").symlink_to(folder / "a.csv")


def folder_named_csv(tmp: Path, _: pytest.MonkeyPatch) -> list[str | Path]:
    folder = tmp / "return"
    (folder / "x.csv").mkdir(parents=True)
    (folder / "x.csv" / "header.csv").write_text(GOOD)
    return [folder]


def empty_folder_named_csv(tmp: Path, _: pytest.MonkeyPatch) -> list[str | Path]:
    (tmp / "x.csv").mkdir()
    return [tmp / "x.csv"]


def only_other_files(tmp: Path, _: pytest.MonkeyPatch) -> list[str | Path]:
    folder = tmp / "return"
    folder.mkdir()
    (folder / "notes.md").write_text("SECRET1")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    return [folder]


def unreadable(kind: str) -> Make:
    """A file (or folder) this user cannot read. Root reads anything: then the refusal the
    kernel would give is made by patching the one call that meets it."""

    def make(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> list[str | Path]:
        folder = tmp / "return"
        folder.mkdir()
        (folder / "header.csv").write_text(GOOD)
        target = folder / ("secret.csv" if kind == "file" else "locked")
        if kind == "file":
            target.write_text(GOOD.replace("SECRET", "XSECRET"))
        else:
            target.mkdir()
            (target / "inner.csv").write_text(GOOD)
        target.chmod(0)
        if AS_ROOT:
            denied = OSError(errno.EACCES, "Permission denied", str(target))
            if kind == "file":
                real_open = os.open

                def refuse_open(path: object, *args: object, **kwargs: object) -> int:
                    if os.fspath(path) == str(target):  # type: ignore[arg-type]
                        raise denied
                    return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

                monkeypatch.setattr(os, "open", refuse_open)
            else:
                real_scandir = os.scandir

                def refuse_scandir(path: object = ".") -> object:
                    if os.fspath(path) == str(target):  # type: ignore[arg-type]
                        raise denied
                    return real_scandir(path)  # type: ignore[arg-type]

                monkeypatch.setattr(os, "scandir", refuse_scandir)
        return [folder]

    return make


def leading_dash(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> list[str | Path]:
    """A file named `-h.csv`, given by its relative name after `--` (else it is an option)."""
    (tmp / "-h.csv").write_text(GOOD)
    monkeypatch.chdir(tmp)
    return ["--", "-h.csv"]


def with_options(make: Make, *options: str) -> Make:
    def wrapped(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> list[str | Path]:
        return [*make(tmp, monkeypatch), *options]

    return wrapped


def explicit_link(target: str) -> Make:
    def make(tmp: Path, _: pytest.MonkeyPatch) -> list[str | Path]:
        (tmp / "given.csv").symlink_to(target if target != "self" else tmp / "given.csv")
        return [tmp / "given.csv"]

    return make


def explicit_fifo(tmp: Path, _: pytest.MonkeyPatch) -> list[str | Path]:
    os.mkfifo(tmp / "pipe.csv")
    (tmp / "header.csv").write_text(GOOD)
    return [tmp / "pipe.csv", tmp / "header.csv"]


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("header.csv", GOOD)
    return buffer.getvalue()


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01SECRET1" * 4
HUGE = "x" * 11_000_000

CASES: dict[str, Case] = {
    # Encodings
    "utf16-le-without-bom": Case(
        file("h.csv", GOOD.encode("utf-16-le")),
        REJECTED,
        ("h.csv", "NUL bytes", "--encoding utf-16-le"),
        ("rejected",),
    ),
    "utf16-be-without-bom": Case(
        file("h.csv", GOOD.encode("utf-16-be")),
        REJECTED,
        ("h.csv", "UTF-16 without a byte-order mark", "--encoding utf-16-be"),
        ("rejected",),
    ),
    "utf16-with-bom-cut-mid-character": Case(
        file("h.csv", GOOD.encode("utf-16") + b"\x41"),
        REJECTED,
        ("h.csv", "undecodable", "is not valid utf-16"),
        ("rejected",),
    ),
    "utf16-forced-on-a-utf8-file": Case(
        with_options(file("h.csv", GOOD + "X"), "--encoding", "utf-16-le"),
        REJECTED,
        ("h.csv", "undecodable", "utf-16-le"),
        ("rejected",),
    ),
    "cp1252-with-a-byte-cp1252-lacks": Case(
        file("h.csv", (HEADER + "\nSECRET1,M,14/02/2011,WBRI,A1\x81,,\n").encode("latin-1")),
        REJECTED,
        ("h.csv", "is neither UTF-8 nor Windows-1252", "data row 1, column 5 (UPN)"),
        ("rejected",),
    ),
    "mixed-encodings-in-the-header": Case(
        file("h.csv", HEADER.encode() + b"\xe9\n" + "Zoë,M,14/02/2011,WBRI,SECRET1,,\n".encode()),
        REJECTED,
        ("h.csv", "undecodable: the header holds a byte"),
        ("rejected",),
    ),
    "invalid-utf8-mid-file": Case(
        file("h.csv", utf8_with(b"\x80", at_row=40, rows=50)),
        REJECTED,
        ("h.csv, row 40", "data row 40, column 5 (UPN)", "not read as Windows-1252"),
        ("rejected",),
    ),
    "utf8-cut-mid-character-at-the-end": Case(
        file("h.csv", utf8_with(b"", rows=2) + b"SECRET3,M,14/02/2011,WBRI,UN\xc3"),
        REJECTED,
        ("h.csv, row 3", "undecodable: data row 3"),
        ("rejected",),
    ),
    "utf8-bom-then-a-byte-that-is-not-utf8": Case(
        file("h.csv", codecs.BOM_UTF8 + utf8_with(b"\xff")),
        REJECTED,
        ("h.csv, row 2", "column 5 (UPN) holds a byte that is not valid UTF-8"),
        ("rejected",),
    ),
    "encoding-option-unknown": Case(
        with_options(file("h.csv", GOOD), "--encoding", "klingon"),
        REJECTED,
        ("h.csv", "unknown encoding 'klingon'"),
        ("rejected",),
    ),
    # Codecs that are not text encodings: bytes to bytes, or text to text.
    **{
        f"encoding-option-{codec}": Case(
            with_options(file("h.csv", GOOD), "--encoding", codec),
            REJECTED,
            ("h.csv", f"'{codec}' is not a text encoding"),
            ("rejected",),
        )
        for codec in ("base64", "rot13", "zlib")
    },
    "encoding-utf8-forced-on-cp1252": Case(
        with_options(
            file("h.csv", (HEADER + "\nSECRET1,F,14/02/2011,WBRI,Zo\u00eb,0,\n").encode("cp1252")),
            "--encoding",
            "utf-8",
        ),
        REJECTED,
        ("h.csv, row 1", "column 5 (UPN) holds a byte that is not valid UTF-8"),
        ("rejected",),
    ),
    "headerless-mixed-file-names-no-value-as-a-column": Case(
        # Row 1 stands where the header should: its values must not name the columns.
        file("h.csv", b"SECRET1,UNSECRET9,14/02/2011,WBRI,A1,\xc3\xa9,\nSECRET2,\xe9,,,,,\n"),
        REJECTED,
        ("h.csv, row 1", "data row 1, column 2 holds a byte"),
        ("rejected",),
    ),
    # Quoting
    "unbalanced-quote-in-the-header": Case(
        file("h.csv", '"CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n' + "\n".join(ROWS) + "\n"),
        REJECTED,
        ("h.csv", "not a readable CSV", "the header row: a quote opens a value"),
        ("rejected",),
    ),
    "unbalanced-quote-on-the-last-line": Case(
        file("h.csv", GOOD + 'SECRET3,M,14/02/2011,WBRI,"UNSECRET9,,\n'),
        REJECTED,
        ("h.csv, row 3", "column 5 (UPN): a quote opens a value that is never closed"),
        ("rejected",),
    ),
    "text-after-a-closing-quote-in-the-first-column": Case(
        file("h.csv", HEADER + '\n"SECRET1"X,M,14/02/2011,WBRI,A1,,\n'),
        REJECTED,
        ("h.csv, row 1", "column 1 (CHILD): text follows the closing quote"),
        ("rejected",),
    ),
    "quote-inside-an-unquoted-value-lands-as-sent": Case(
        file("h.csv", HEADER + '\nSECRET1,M,14/02/2011,WB"RI,A123456789012,,\n'),
        LAND,
        ("h.csv", "landed", "1 landed"),
        ("landed",),
        then=lambda wh: _one(wh, "select ethnic from raw.ssda903__header", 'WB"RI'),
    ),
    # A value longer than either reader takes (DuckDB's longest line): the file is rejected with
    # the value's own row and column, not the last column of the row.
    "value-longer-than-any-reader-takes-names-its-column": Case(
        file("h.csv", HEADER + "\nSECRET1,M,14/02/2011,WBRI,A" + "9" * 2_100_000 + ",,\n"),
        REJECTED,
        ("h.csv, row 1", "column 5 (UPN): a value longer than 2,097,152 characters"),
        ("rejected",),
    ),
    "embedded-newlines-in-quotes-land": Case(
        file("h.csv", HEADER + '\nSECRET1,M,14/02/2011,WBRI,"A1\r\n2\n3",,\n' + ROWS[1] + "\n"),
        LAND,
        ("h.csv", "landed", "2 rows"),
        ("landed",),
        then=lambda wh: _one(
            wh, "select upn from raw.ssda903__header where _source_row = 1", "A1\r\n2\n3"
        ),
    ),
    # Headers
    "duplicate-column-in-another-case": Case(
        file("h.csv", "CHILD,child,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n" + ROWS[0] + ",\n"),
        REJECTED,
        ("h.csv", "the header names a column twice (columns 1, 2)"),
        ("rejected",),
    ),
    "blank-header-cell": Case(
        file("h.csv", "CHILD,,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n" + ROWS[0] + "\n"),
        REJECTED,
        ("h.csv", "missing SEX", "blank column name at position 2"),
        ("rejected",),
    ),
    # pandas' to_csv and R's write.csv write each row's number as a first column, its name blank
    # (pandas, R) or "Unnamed: 0" (pandas reading such a file and writing it again).
    "row-number-column-first": Case(
        file("h.csv", "," + HEADER + "\n" + "\n".join(f"{n},{r}" for n, r in enumerate(ROWS))),
        REJECTED,
        ("h.csv", "blank column name at position 1", "delete the first (a row number"),
        ("rejected",),
    ),
    "row-number-column-named-unnamed": Case(
        file("h.csv", "Unnamed: 0," + HEADER + "\n" + "0," + ROWS[0] + "\n"),
        REJECTED,
        ("h.csv", "unexpected column(s) at position 1", "every other column is Header's"),
        ("rejected",),
    ),
    "trailing-delimiter": Case(
        file("h.csv", HEADER + ",\n" + "\n".join(r + "," for r in ROWS) + "\n"),
        REJECTED,
        ("h.csv", "blank column name at position 8 (a comma at the end of the header?)"),
        ("rejected",),
    ),
    "trailing-delimiter-on-data-rows-only": Case(
        file("h.csv", HEADER + "\n" + "\n".join(r + "," for r in ROWS) + "\n"),
        REJECTED,
        ("h.csv, row 1", "ragged rows: the header has 7 columns but row 1 has 8 fields"),
        ("rejected",),
    ),
    # A report's total below the data, in as many columns as the header: no record. A child id
    # that only begins with the word is a record.
    "a-total-row-below-the-data": Case(
        file("h.csv", GOOD + "Grand total: 2,,,,,,\nTOTALLY9,F,,,,,\n"),
        LAND,
        ("h.csv", "3 rows; 1 total row(s) rejected"),
        ("landed",),
        then=lambda wh: _one(
            wh,
            "select source_row || ' ' || reason from raw._rejects",
            "3 a report's total row, not a record",
        ),
    ),
    # A report tool's footer below the data: one short row, the last, is named as such.
    "a-report-footer-below-the-data": Case(
        file("h.csv", GOOD + "Children: 2\n"),
        REJECTED,
        (
            "h.csv, row 3",
            "row 3 has 1 field: it is the last row, as a report's footer is (a total, the date it "
            "ran?): delete it and land the file again",
        ),
        ("rejected",),
    ),
    # Old Windows tools (copy /a, some CMS exports) end a file with Ctrl-Z (0x1A) on a line of
    # its own: no record, listed as a blank row, where it used to reject the file as ragged.
    "dos-end-of-file-mark-is-a-blank-row": Case(
        file("h.csv", GOOD.replace("\n", "\r\n") + "\x1a"),
        LAND,
        ("h.csv", "2 rows; 1 blank row(s) rejected"),
        ("landed",),
        then=lambda wh: _one(wh, "select source_row from raw._rejects", 3),
    ),
    # Two exports joined end to end (copy /b a.csv+b.csv): the second header keeps its byte
    # order mark, and is still no record (it used to land as a child with the id "CHILD").
    "two-exports-joined-each-with-a-bom": Case(
        file("h.csv", codecs.BOM_UTF8 + GOOD.encode() + codecs.BOM_UTF8 + GOOD.encode()),
        LAND,
        ("h.csv", "4 rows; 1 repeated header row(s) rejected"),
        ("landed",),
        then=lambda wh: _one(wh, "select source_row from raw._rejects", 3),
    ),
    # Two exports joined whose columns are in different orders: the rows after the second
    # header would land under the wrong columns (they used to, with that header as a child).
    "two-exports-joined-with-their-columns-in-another-order": Case(
        file(
            "h.csv",
            GOOD
            + "SEX,CHILD,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
            + "F,SECRET2,03/04/2013,BAFR,UNSECRET9,0,\n",
        ),
        REJECTED,
        ("h.csv, row 3", "the header row again, with its columns in another order"),
        ("rejected",),
    ),
    "header-only-with-bom-lands-empty": Case(
        file("h.csv", codecs.BOM_UTF8 + HEADER.encode() + b"\r\n"),
        LAND,
        ("h.csv", "header only: no data rows"),
        ("landed",),
    ),
    "bom-twice-before-the-header": Case(
        file("h.csv", "\ufeff\ufeff" + GOOD),
        LAND,
        ("h.csv", "2 rows"),
        ("landed",),
    ),
    "bom-alone-is-empty": Case(
        file("h.csv", codecs.BOM_UTF8 + b"\r\n"),
        REJECTED,
        ("h.csv: empty file: no header row",),
        ("rejected",),
    ),
    "utf16-bom-and-white-space-is-empty": Case(
        file("h.csv", " \r\n".encode("utf-16")),
        REJECTED,
        ("h.csv: empty file: no header row",),
        ("rejected",),
    ),
    # As a spreadsheet saves a file: a byte-order mark, CRLF line ends, the columns in another
    # order, names in lower or title case with spaces around them, a row of empty cells and a
    # blank line after the data. The columns are matched by name. The row of empty cells holds
    # no record: it is listed in raw._rejects as blank, not landed (landed, rules would report a
    # child without an id, and the export would send DfE an empty record).
    "spreadsheet-csv-reordered-cased-with-an-empty-row-lands": Case(
        file(
            "Header.CSV",
            b"\xef\xbb\xbf"
            + (
                " mc_dob ,Mother, upn ,Ethnic, dob ,Sex, child \r\n"
                + "\r\n".join(",".join(reversed(row.split(","))) for row in ROWS)
                + "\r\n,,,,,,\r\n\r\n"
            ).encode(),
        ),
        LAND,
        ("Header.CSV", "2 rows; 1 blank row(s) rejected"),
        ("landed",),
        then=lambda wh: (
            _one(
                wh,
                "select count(*) from raw.ssda903__header where child = 'SECRET1' "
                "and dob = '14/02/2011' and upn = 'A123456789012' and sex = 'M'",
                1,
            ),
            _one(
                wh,
                "select count(*) from raw._rejects where source_row = 3 "
                "and reason = 'blank row: every field is empty'",
                1,
            ),
        ),
    ),
    # A header tidied up for reading: underscores turned into spaces (MC DOB, Mc  Dob). The
    # names still say which column is which: the file lands.
    **{
        f"column-names-{kind}": Case(
            file("h.csv", ",".join(dress(c) for c in HEADER.split(",")) + "\n" + "\n".join(ROWS)),
            REJECTED,
            ("h.csv: unknown header: the columns are Header's, but their names carry a prefix",),
            ("rejected",),
        )
        for kind, dress in {
            "in-brackets": lambda c: f"[{c}]",
            "after-a-table-name": lambda c: f"dbo.Header.{c.lower()}",
        }.items()
    },
    "csv-with-the-xml-item-names": Case(
        file("h.csv", GOOD.replace("CHILD,", "CHILDID,", 1)),
        REJECTED,
        (
            "nearest is Header (missing CHILD; unexpected column(s) at position 1): the header "
            "uses the XML's item names (CHILDID for CHILD)",
        ),
        ("rejected",),
    ),
    "every-line-wrapped-in-quotes": Case(
        # Text pasted into one spreadsheet column and saved: each line is one quoted value.
        file("h.csv", "".join(f'"{line}"\n' for line in GOOD.splitlines())),
        REJECTED,
        ("h.csv: unknown header: one quoted value holding the column names", "remove the quotes"),
        ("rejected",),
    ),
    "two-tables-one-after-the-other-in-one-file": Case(
        # A workbook's sheets saved into one file: the second table's header names it.
        file("h.csv", GOOD + "\n" + EPISODES + "\nSECRET1,14/02/2011,S,C2,N1,U1,PR1,,,,,,\n"),
        REJECTED,
        (
            "h.csv, row 3",
            "row 3 is the header of Episodes, another table: a file holds one table; save each "
            "as a file of its own",
        ),
        ("rejected",),
    ),
    "dates-from-a-spreadsheet-that-lost-their-format-land-noted": Case(
        # Every DOB a spreadsheet's day number, every MC_DOB a date with a time: the rows land
        # as sent, and the note names the columns and forms, not a value.
        file(
            "h.csv",
            HEADER + "\nSECRET1,M,40953,WBRI,A123456789012,1,14/02/2011 00:00:00\n"
            "SECRET2,F,41367,BAFR,UNSECRET9,1,03/04/2013 00:00\n",
        ),
        LAND,
        ("h.csv", "dates not written"),
        ("landed",),
        secrets=(*SECRETS, "40953", "41367"),
        then=lambda wh: _one(
            wh,
            "select count(*) from raw._loads where contains(message, 'dates not written dd/mm/"
            "yyyy: DOB 2 of 2 (most: a spreadsheet''s day number (the cell lost its date "
            "format)), MC_DOB 2 of 2 (most: dd/mm/yyyy with a time after it)')",
            1,
        ),
    ),
    "header-with-spaces-for-underscores-lands": Case(
        file(
            "h.csv",
            HEADER.replace("MC_DOB", "Mc  Dob") + "\n" + ROWS[0] + "\n" + ROWS[1] + "01/02/2020\n",
        ),
        LAND,
        ("h.csv", "2 rows"),
        ("landed",),
        then=lambda wh: _one(
            wh, "select count(*) from raw.ssda903__header where mc_dob = '01/02/2020'", 1
        ),
    ),
    # Excel's delimiter directive before the header: named, not taken for a missing header.
    "excel-sep-directive-before-the-header": Case(
        file("h.csv", "sep=,\r\n" + GOOD),
        REJECTED,
        ("h.csv", "delimiter directive (sep=)", "delete that line"),
        ("rejected",),
    ),
    # A report's title above the header: where the header is, so the user knows what to delete.
    "a-title-row-above-the-header": Case(
        file("h.csv", "Children looked after: header\n" + GOOD),
        REJECTED,
        ("h.csv", "header of Header is on row 2 of the file", "delete the 1 row(s) above it"),
        ("rejected",),
    ),
    "two-title-rows-with-commas-above-the-header": Case(
        file("h.csv", "Report,,,,,,\nRun on a date,,,,,,\n" + GOOD),
        REJECTED,
        ("h.csv", "header of Header is on row 3 of the file", "delete the 2 row(s) above it"),
        ("rejected",),
    ),
    # No header within the rows looked at: the header is missing, as the message has said.
    "a-title-row-and-no-header": Case(
        file("h.csv", "Children looked after\n" + "\n".join(ROWS) + "\n"),
        REJECTED,
        ("h.csv", "is the header row missing?"),
        ("rejected",),
    ),
    # Delimiters
    "semicolons": Case(
        file("h.csv", GOOD.replace(",", ";")),
        REJECTED,
        ("h.csv", "one column, divided by semicolons", "comma-separated"),
        ("rejected",),
    ),
    "tabs": Case(
        file("h.tsv", GOOD.replace(",", "\t")),
        REJECTED,
        ("h.tsv", "one column, divided by tabs"),
        ("rejected",),
    ),
    "pipes": Case(
        file("h.csv", GOOD.replace(",", "|")),
        REJECTED,
        ("h.csv", "one column, divided by vertical bars"),
        ("rejected",),
    ),
    # Binary files
    # A failed download or a sign-in page saved under the file's name.
    **{
        f"web-page-named-{name.rsplit('.', 1)[1]}-{kind}": Case(
            file(name, page),
            REJECTED,
            (f"{name}: a web page (HTML), not a 903 file", "Download the file again"),
            ("rejected",),
            secrets=("SECRET1",),
        )
        for name in ("header.csv", "return.xml")
        for kind, page in {
            "doctype": "\ufeff<!DOCTYPE html>\n<html><body>SECRET1</body></html>\n",
            "xhtml": '<?xml version="1.0"?>\n<!-- saved -->\n<HTML lang="en"><p>SECRET1</p></HTML>',
        }.items()
    },
    **{
        f"json-{kind}-named-csv": Case(
            file("h.csv", text),
            REJECTED,
            ("h.csv: JSON, not a 903 file (CSV or XML): export the table as CSV",),
            ("rejected",),
        )
        for kind, text in {
            "records": '[\n  {"CHILD": "SECRET1", "SEX": "M"}\n]\n',
            "lines": '{"CHILD": "SECRET1", "SEX": "M"}\n{"CHILD": "SECRET2", "SEX": "F"}\n',
        }.items()
    },
    "empty-xml": Case(
        file("r.xml", b""),
        REJECTED,
        ("r.xml: empty file: no EXPSSDA903 document",),
        ("rejected",),
    ),
    "png-named-csv": Case(
        file("photo.csv", PNG),
        REJECTED,
        ("photo.csv: not a text file: it looks like a PNG image",),
        ("rejected",),
    ),
    "zip-named-csv": Case(
        file("return.csv", zip_bytes()),
        REJECTED,
        ("return.csv: not a text file: it looks like a zip archive", "save each sheet as CSV"),
        ("rejected",),
    ),
    "zip-named-xml": Case(
        file("return.xml", zip_bytes()),
        REJECTED,
        ("return.xml: not a text file: it looks like a zip archive",),
        ("rejected",),
    ),
    "binary-bytes": Case(
        file("h.csv", bytes(range(256)) * 8),
        REJECTED,
        ("h.csv: not a text file: it looks like a binary file",),
        ("rejected",),
    ),
    "nul-byte-in-a-value": Case(
        file("h.csv", (HEADER + "\n" + ROWS[0] + "\n").encode() + b"SECRET2,F,,WB\x00RI,,,\n"),
        REJECTED,
        ("h.csv, row 2", "data row 2, column 4 (ETHNIC) holds a byte that is NUL (0x00)"),
        ("rejected",),
    ),
    # Names
    "name-with-spaces": Case(
        file("my header file.csv", GOOD), LAND, ("my header file.csv", "1 landed"), ("landed",)
    ),
    "name-in-another-script": Case(
        file("en-tête ✓ été.csv", GOOD), LAND, ("en-tête ✓ été.csv", "1 landed"), ("landed",)
    ),
    "name-with-rich-markup": Case(
        file("[red]x[bold]y.csv", "NOT,A,HEADER\nSECRET1,2,3\n"),
        REJECTED,
        ("[red]x[bold]y.csv", "match no 903 table"),
        ("rejected",),
    ),
    "name-with-a-leading-dash": Case(leading_dash, LAND, ("-h.csv", "1 landed"), ("landed",)),
    "name-with-a-terminal-escape": Case(
        file("evil\x1b[2J\x07.csv", GOOD), LAND, ("evil\\x1b[2J\\x07.csv",), ("landed",)
    ),
    "name-with-a-bidirectional-override": Case(
        file("report\u202evsc.exe", GOOD), LAND, ("report\\u202evsc.exe",), ("landed",)
    ),
    "name-that-is-not-utf8": Case(
        file(b"caf\xe9.csv", GOOD),
        LAND,
        ("caf\\xe9.csv", "1 landed"),
        ("landed",),
        then=lambda wh: _one(
            wh, "select distinct _source_file from raw.ssda903__header", "caf\\xe9.csv"
        ),
    ),
    "name-that-is-not-utf8-rejected": Case(
        file(b"caf\xe9.csv", "NOT,A,HEADER\nSECRET1,2,3\n"),
        REJECTED,
        ("caf\\xe9.csv", "match no 903 table"),
        ("rejected",),
    ),
    "name-of-250-characters": Case(
        file("h" * 246 + ".csv", "NOT,A,HEADER\nSECRET1,2,3\n"),
        REJECTED,
        ("match no 903 table",),
        ("rejected",),
        then=lambda wh: _one(wh, "select length(source_file) from raw._loads", 250),
    ),
    # Paths
    "symlink-loop-in-a-folder": Case(
        good_beside(loop), SKIPPED, ("a.csv: a link that loops", "2 path(s) skipped"), ("landed",)
    ),
    "symlink-loop-given": Case(
        explicit_link("self"), NOT_LANDED, ("given.csv is a link that loops",)
    ),
    "broken-symlink-in-a-folder": Case(
        good_beside(link("gone.csv", "/nonexistent/gone.csv")),
        SKIPPED,
        ("gone.csv: a broken link",),
        ("landed",),
    ),
    "broken-symlink-given": Case(
        explicit_link("/nonexistent/gone.csv"), NOT_LANDED, ("given.csv is a broken link",)
    ),
    "symlink-out-of-the-folder": Case(
        good_beside(outside_link),
        SKIPPED,
        ("other.csv: a link to a file outside", "not followed"),
        ("landed",),
        (*SECRETS, "XSECRET"),
    ),
    "symlink-to-etc-passwd": Case(
        good_beside(link("passwd.csv", "/etc/passwd")),
        SKIPPED,
        ("passwd.csv: a link to a file outside",),
        ("landed",),
        (*SECRETS, "root:"),
    ),
    "symlink-inside-the-folder-is-followed": Case(
        good_beside(inside_link),
        LAND,
        ("latest.csv", "unchanged", "identical to load"),
        ("landed", "landed"),
    ),
    "symlink-to-a-folder": Case(
        good_beside(link("more", "/etc")), SKIPPED, ("more: a link to a folder",), ("landed",)
    ),
    "folder-named-x-csv": Case(
        folder_named_csv, LAND, ("x.csv/header.csv", "1 landed"), ("landed",)
    ),
    "empty-folder-named-x-csv": Case(
        empty_folder_named_csv, NOT_LANDED, ("no CSV or XML files found",)
    ),
    "other-files-only": Case(
        only_other_files,
        NOT_LANDED,
        (".DS_Store: not a .csv or .xml file", "notes.md: not a .csv or .xml file", "(2 path(s)"),
    ),
    "spreadsheet-beside": Case(
        good_beside(lambda f: (f / "Episodes.XLSX").write_bytes(zip_bytes())),
        SKIPPED,
        ("Episodes.XLSX: a spreadsheet, not a .csv or .xml file: save each sheet as CSV",),
        ("landed",),
    ),
    "archive-beside": Case(
        good_beside(lambda f: (f / "episodes.csv.gz").write_bytes(gzip.compress(b"SECRET1"))),
        SKIPPED,
        ("episodes.csv.gz: an archive, not a .csv or .xml file: unpack it and land the files",),
        ("landed",),
    ),
    "other-files-beside": Case(
        good_beside(lambda f: (f / "notes.md").write_text("SECRET1")),
        SKIPPED,
        ("notes.md: not a .csv or .xml file", "1 path(s) skipped"),
        ("landed",),
    ),
    "fifo-in-a-folder": Case(
        good_beside(fifo), SKIPPED, ("pipe.csv: not a regular file: a FIFO",), ("landed",)
    ),
    "fifo-given": Case(
        explicit_fifo, SKIPPED, ("pipe.csv: not a regular file: a FIFO",), ("landed",)
    ),
    "unreadable-file": Case(
        unreadable("file"),
        SKIPPED,
        ("secret.csv: cannot be read: permission denied",),
        ("landed",),
        (*SECRETS, "XSECRET"),
    ),
    "unreadable-folder": Case(
        unreadable("folder"),
        SKIPPED,
        ("locked: a folder that cannot be read: permission denied",),
        ("landed",),
    ),
    # XML attacks and faults
    "xml-billion-laughs": Case(
        file(
            "return.xml",
            xml(
                "<EXPSSDA903><CHILD><HEADER><CHILDID>&lol9;</CHILDID></HEADER>"
                "</CHILD></EXPSSDA903>",
                '<?xml version="1.0"?>\n' + LAUGHS,
            ),
        ),
        REJECTED,
        ("return.xml: the XML has a DOCTYPE",),
        ("rejected",),
    ),
    "xml-external-entity-etc-passwd": Case(
        file(
            "return.xml",
            xml(
                CHILD.replace("SECRET1", "&xxe;") + "</EXPSSDA903>",
                '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                "\n<EXPSSDA903>",
            ),
        ),
        REJECTED,
        ("return.xml: the XML has a DOCTYPE",),
        ("rejected",),
        (*SECRETS, "root:"),
    ),
    "xml-parameter-entity": Case(
        file(
            "return.xml",
            xml(
                "<EXPSSDA903/>",
                '<!-- a comment first --><!DOCTYPE x [<!ENTITY % p SYSTEM "file:///etc/passwd">'
                " %p;]>\n",
            ),
        ),
        REJECTED,
        ("return.xml: the XML has a DOCTYPE",),
        ("rejected",),
        (*SECRETS, "root:"),
    ),
    "xml-doctype-system": Case(
        file(
            "return.xml",
            xml("<EXPSSDA903>" + CHILD + "</EXPSSDA903>", '<!DOCTYPE EXPSSDA903 SYSTEM "x.dtd">'),
        ),
        REJECTED,
        ("return.xml: the XML has a DOCTYPE",),
        ("rejected",),
    ),
    "xml-deeply-nested": Case(
        file("return.xml", xml("<EXPSSDA903>" + "<a>" * 5000 + "</a>" * 5000 + "</EXPSSDA903>")),
        REJECTED,
        ("return.xml, row 2: not well-formed XML at line 2", "nested over 256 deep"),
        ("rejected",),
    ),
    "xml-huge-text-node": Case(
        file(
            "return.xml",
            xml(CHILD.replace("A123456789012", HUGE) + "</EXPSSDA903>", "<EXPSSDA903>"),
        ),
        REJECTED,
        ("return.xml, row 1: not well-formed XML at line 1", "a text over 10 MB"),
        ("rejected",),
        (*SECRETS, "xxxxxxxxxx"),
    ),
    "xml-ampersand-not-escaped": Case(
        file(
            "return.xml",
            xml("<EXPSSDA903>" + CHILD.replace("SECRET1", "SECRET1&SECRET2;") + "</EXPSSDA903>"),
        ),
        REJECTED,
        ("return.xml, row 2: not well-formed XML at line 2", "an & that is not written &amp;"),
        ("rejected",),
    ),
    "xml-control-character": Case(
        file(
            "return.xml",
            xml("<EXPSSDA903>" + CHILD.replace("SECRET1", "SECRET1\x01") + "</EXPSSDA903>"),
        ),
        REJECTED,
        ("return.xml, row 2", "a character XML does not allow"),
        ("rejected",),
    ),
    "xml-invalid-utf8": Case(
        file(
            "return.xml",
            xml("<EXPSSDA903>" + CHILD + "</EXPSSDA903>").replace(b"SECRET1", b"SECR\xe9T1"),
        ),
        REJECTED,
        ("return.xml, row 2", "a byte that is not valid in the document's encoding"),
        ("rejected",),
    ),
    "xml-tag-mismatch-names-no-tag": Case(
        file(
            "return.xml",
            xml("<EXPSSDA903>" + CHILD.replace("</UPN>", "</SECRET2>") + "</EXPSSDA903>"),
        ),
        REJECTED,
        ("return.xml, row 2", "an end tag does not match the element it closes"),
        ("rejected",),
    ),
    "xml-cut-short": Case(
        file("return.xml", xml("<EXPSSDA903>" + CHILD[:60])),
        REJECTED,
        ("return.xml", "the document ends inside an element"),
        ("rejected",),
    ),
    # The schema's attributes on the root, as some systems write them: the root is still
    # <EXPSSDA903>. A default namespace makes it another element, which DfE's schema (no
    # target namespace) does not define.
    "xml-schema-instance-attributes-land": Case(
        file(
            "return.xml",
            xml(
                '<EXPSSDA903 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                'xsi:noNamespaceSchemaLocation="ssda903_CLA.xsd">' + CHILD + "</EXPSSDA903>"
            ),
        ),
        LAND,
        ("return.xml", "1 row"),
        ("landed",),
    ),
    "xml-default-namespace-rejected": Case(
        file(
            "return.xml",
            xml('<EXPSSDA903 xmlns="http://example.org/903">' + CHILD + "</EXPSSDA903>"),
        ),
        REJECTED,
        ("return.xml", "XML root is <{http://example.org/903}EXPSSDA903>, not <EXPSSDA903>"),
        ("rejected",),
    ),
    # An item's value is its text: a comment inside it is left out and the text around it
    # joined; an element inside it, an item twice in a record or a second <HEADER> in a child
    # reject the file (which value holds cannot be told), never one of them silently kept.
    "xml-comment-inside-a-value-lands-whole": Case(
        file(
            "return.xml",
            xml(
                "<EXPSSDA903>"
                + CHILD.replace("<DOB>14/02/2011", "<DOB>14/02/<!-- typed -->2011")
                + "</EXPSSDA903>"
            ),
        ),
        LAND,
        ("return.xml", "1 row"),
        ("landed",),
    ),
    "xml-element-inside-a-value": Case(
        file(
            "return.xml",
            xml(
                "<EXPSSDA903>"
                + CHILD.replace("<DOB>14/02/2011", "<DOB>14/02/<B>2011</B>")
                + "</EXPSSDA903>"
            ),
        ),
        REJECTED,
        ("return.xml, row 2: element <B> inside the value of <DOB> at line 2",),
        ("rejected",),
    ),
    "xml-item-given-twice-in-the-header": Case(
        file(
            "return.xml",
            xml(
                "<EXPSSDA903>"
                + CHILD.replace("<SEX>1</SEX>", "<SEX>1</SEX><SEX>2</SEX>")
                + "</EXPSSDA903>"
            ),
        ),
        REJECTED,
        ("return.xml, row 2: <SEX> given twice in the <HEADER> at line 2",),
        ("rejected",),
    ),
    "xml-item-given-twice-in-an-episode": Case(
        file(
            "return.xml",
            xml(
                "<EXPSSDA903>"
                + CHILD.replace(
                    "</HEADER>",
                    "</HEADER>\n<EPISODE><DECOM>01/04/2024</DECOM><RNE>S</RNE>\n<RNE>P</RNE>"
                    "</EPISODE>",
                )
                + "</EXPSSDA903>"
            ),
        ),
        REJECTED,
        ("return.xml, row 4: <RNE> given twice in the <EPISODE> at line 3 (again at line 4)",),
        ("rejected",),
    ),
    "xml-second-header-in-a-child": Case(
        file(
            "return.xml",
            xml(
                "<EXPSSDA903>"
                + CHILD.replace(
                    "</HEADER>", "</HEADER>\n<HEADER><CHILDID>SECRET2</CHILDID></HEADER>"
                )
                + "</EXPSSDA903>"
            ),
        ),
        REJECTED,
        ("return.xml, row 3: a second <HEADER> in the <CHILD> at line 2 (at line 3)",),
        ("rejected",),
    ),
    "xml-utf16-with-bom-lands": Case(
        file(
            "return.xml",
            (
                '<?xml version="1.0" encoding="UTF-16"?>\n<EXPSSDA903>' + CHILD + "</EXPSSDA903>"
            ).encode("utf-16"),
        ),
        LAND,
        ("return.xml", "1 row"),
        ("landed",),
    ),
}


def _one(warehouse: Path, sql: str, expected: object) -> None:
    assert query(warehouse, sql) == [(expected,)]


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_bad_input(tmp_path, warehouse, cic, monkeypatch, case: Case):
    args = case.make(tmp_path, monkeypatch)
    code, out = cic("land", "--la", "886", "--year", "2024-25", *args)
    flat = " ".join(out.split())
    assert code == case.code, out
    for fragment in case.says:
        assert fragment in flat, (fragment, out)
    assert "Traceback" not in out
    assert "\x1b" not in out and "\u202e" not in out  # names cannot act on a terminal
    audit: list[str] = []
    if warehouse.exists():
        assert_rows_accounted_for(warehouse)
        loads = query(warehouse, "select status, message from raw._loads order by load_id")
        assert tuple(status for status, _ in loads) == case.loads, loads
        reasons = query(warehouse, "select reason from raw._rejects")
        quarantine = warehouse.parent / "quarantine"
        copies = list(quarantine.iterdir()) if quarantine.exists() else []
        assert len(copies) == case.loads.count("rejected")  # each rejected file, and no other
        if case.then is not None:
            case.then(warehouse)
        audit = [str(v) for row in [*loads, *reasons] for v in row]
        if "root:" in case.secrets:  # nothing read from outside: not in raw, not in quarantine
            assert query(
                warehouse, "select count(*) from raw._rejects where record like '%root:%'"
            ) == [(0,)]
            assert query(
                warehouse, "select count(*) from raw.ssda903__header where child like '%root%'"
            ) == [(0,)]
            assert all(b"root:" not in p.read_bytes() for p in copies)
    else:
        assert case.loads == ()
    for secret in case.secrets:
        assert secret not in out, secret
        assert all(secret not in text for text in audit), secret


def test_an_xml_value_with_a_comment_inside_lands_whole(tmp_path, warehouse, cic):
    (tmp_path / "return.xml").write_bytes(
        xml(
            "<EXPSSDA903>"
            + CHILD.replace("<DOB>14/02/2011", "<DOB>14/<!-- a -->02/<?pi x?>2011")
            + "</EXPSSDA903>"
        )
    )
    code, out = cic("land", "--la", "886", "--year", "2024-25", str(tmp_path / "return.xml"))
    assert code == LAND, out
    assert query(warehouse, "select dob from raw.ssda903__header") == [("14/02/2011",)]


# ---------------------------------------------------------------------------------------------
# Landing around failures: the file vanishing, the warehouse failing, held, or killed.


def test_a_file_that_vanishes_after_the_survey_is_skipped(tmp_path, warehouse, cic, monkeypatch):
    folder = tmp_path / "return"
    folder.mkdir()
    (folder / "a_header.csv").write_text(GOOD)
    (folder / "b_gone.csv").write_text(GOOD.replace("SECRET", "XSECRET"))
    from cic.land import decode

    scan = decode.scan

    def vanish(path: Path, override: str | None = None) -> decode.Scan:
        if path.name == "b_gone.csv":
            path.unlink()
        return scan(path, override)

    monkeypatch.setattr(decode, "scan", vanish)
    code, out = cic("land", folder, "--la", "886", "--year", "2024-25")
    flat = " ".join(out.split())
    assert code == SKIPPED, out
    assert "b_gone.csv: cannot be read: No such file or directory" in flat
    assert [r[0] for r in query(warehouse, "select status from raw._loads")] == ["landed"]
    assert_rows_accounted_for(warehouse)
    assert not any(s in out for s in (*SECRETS, "XSECRET"))


def test_the_warehouse_failing_mid_landing_stops_cleanly(tmp_path, warehouse, cic, monkeypatch):
    """Disk full while the second file lands: the first stays landed, the second is rolled back
    whole (no rows, no audit row), the message names the file, and the status is 2."""
    folder = tmp_path / "return"
    folder.mkdir()
    (folder / "a_header.csv").write_text(GOOD)
    (folder / "b_episodes.csv").write_text(EPISODES + "\nSECRET1,01/04/2024,S,C2,N1,U1,,,,,,,\n")
    (folder / "c_later.csv").write_text(GOOD.replace("SECRET2", "SECRET3"))
    from cic.land import lander

    insert = lander.insert_csv

    def full(con, path, table, *args):
        if table.endswith("episodes"):  # half written, then the disk is full
            con.execute(
                f"insert into {table} (_load_id, _source_file, _source_row, _la_code, "
                "_collection_year, _loaded_at) values (9, 'x', 1, '886', '2024-25', now())"
            )
            raise duckdb.IOException("Could not write file: No space left on device")
        return insert(con, path, table, *args)

    monkeypatch.setattr(lander, "insert_csv", full)
    code, out = cic("land", folder, "--la", "886", "--year", "2024-25")
    flat = " ".join(out.split())
    assert code == NOT_LANDED, out
    assert "landing stopped while landing" in flat and "b_episodes.csv (rolled back)" in flat
    assert "No space left on device" in flat
    assert query(warehouse, "select source_file, status from raw._loads") == [
        ("a_header.csv", "landed")
    ]
    assert query(warehouse, "select count(*) from raw.ssda903__episodes") == [(0,)]
    assert_rows_accounted_for(warehouse)
    assert not any(s in out for s in SECRETS)


HOLD = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("create table if not exists held (x int)")
print("holding", flush=True)
time.sleep(60)
"""


@pytest.mark.parametrize("kind", ["not-a-database", "a-folder"])
def test_a_warehouse_path_that_is_no_database_is_a_clear_error(tmp_path, warehouse, cic, kind):
    warehouse.parent.mkdir(parents=True)
    if kind == "a-folder":
        warehouse.mkdir()
    else:
        warehouse.write_text("not a database\n")
    path = tmp_path / "header.csv"
    path.write_text(GOOD)
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    flat = " ".join(out.split())
    assert code == NOT_LANDED, out
    assert f"cannot open the warehouse {warehouse}" in flat
    assert "another cic command" not in flat  # no lock is involved: no hint about one
    assert "Traceback" not in out and not any(s in out for s in SECRETS)


def test_a_warehouse_another_process_holds_is_a_clear_error(tmp_path, warehouse, cic):
    warehouse.parent.mkdir(parents=True)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(warehouse)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        path = tmp_path / "header.csv"
        path.write_text(GOOD)
        code, out = cic("land", path, "--la", "886", "--year", "2024-25")
        flat = " ".join(out.split())
        assert code == NOT_LANDED, out
        assert "cannot open the warehouse" in flat
        assert "Is dbt or another cic command using it?" in flat
        assert "Traceback" not in out and not any(s in out for s in SECRETS)
    finally:
        holder.kill()
        holder.wait()
    code, out = cic("land", path, "--la", "886", "--year", "2024-25")
    assert code == LAND, out
    assert_rows_accounted_for(warehouse)


def test_kill_9_while_landing_leaves_a_warehouse_that_opens_and_lands_again(tmp_path, warehouse):
    """SIGKILL `cic land` part-way through a large file: the warehouse opens, the killed load is
    absent (or, had it committed, whole), and landing the file again succeeds."""
    path = tmp_path / "episodes.csv"
    count = 1_000_000
    with path.open("w", encoding="utf-8") as handle:
        handle.write(EPISODES + "\n")
        for start in range(0, count, 50_000):
            handle.writelines(
                f"{n},01/04/2024,S,C2,N1,U1,PR1,01/05/2024,E11,,AB1 2CD,XY9 8ZW,SC{n:06d}\n"
                for n in range(start, start + 50_000)
            )
    size = path.stat().st_size
    small = tmp_path / "header.csv"
    small.write_text(GOOD)
    cic_command = str(Path(sys.executable).with_name("cic"))
    environment = os.environ | {"CIC_WAREHOUSE": str(warehouse)}
    args = ["land", "--la", "886", "--year", "2024-25"]
    first = subprocess.run(
        [cic_command, *args, str(small)], env=environment, capture_output=True, check=False
    )
    assert first.returncode == LAND, first.stderr
    process = subprocess.Popen(
        [cic_command, *args, str(path)],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # Killed part-way: once it has read the file once for its sha256 and half again into
    # DuckDB (bytes read, from /proc; imports add a few MB), or else after a while.
    io_file = Path(f"/proc/{process.pid}/io")
    started = time.monotonic()
    while process.poll() is None and time.monotonic() - started < 60:
        if not io_file.exists():
            if time.monotonic() - started > 3:
                break
        elif int(io_file.read_text().split("rchar:")[1].split()[0]) > size * 1.5:
            break
        time.sleep(0.01)
    killed_midway = process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert killed_midway, "the landing finished before it could be killed: use a larger file"
    loads = query(warehouse, "select source_file, status, rows_landed from raw._loads order by 1")
    episodes = query(warehouse, "select count(*) from raw.ssda903__episodes")[0][0]
    if ("episodes.csv", "landed", count) in loads:  # it committed just before the kill: whole
        assert episodes == count
    else:
        assert loads == [("header.csv", "landed", 2)]
        assert episodes == 0
    assert_rows_accounted_for(warehouse)
    again = subprocess.run(
        [cic_command, *args, str(path)], env=environment, capture_output=True, check=False
    )
    assert again.returncode == LAND, again.stderr
    assert query(warehouse, "select count(*) from raw.ssda903__episodes") == [(count,)]
    assert query(warehouse, "select count(*) from raw.ssda903__header") == [(2,)]
    assert_rows_accounted_for(warehouse)
