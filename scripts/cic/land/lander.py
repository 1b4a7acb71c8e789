"""Land files: read, audit, and write each file in one transaction or reject it.

Which files a folder holds, and why any other path met is skipped, is cic.land.survey's
decision; a file's name is shown and stored through cic.land.names.printable.

A CSV file is read once in Python, in chunks, for its sha256 and encoding (cic.land.decode),
transcoded to a private UTF-8 copy if it is not UTF-8, its header recognised (`identify`), and
then read by DuckDB straight into its raw table (cic.land.csv_duckdb). Only when DuckDB refuses
the file is it read row by row in Python (cic.land.csv_rows): to list every row of a rejected
file with its reason, or to land the rare valid file DuckDB's strict reader refuses. Rows that
hold no record (every field empty, or the header's names again) are then moved from the raw
table to raw._rejects, each with its reason; the file still lands.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from cic.cms import source_tables
from cic.land import decode
from cic.land.csv_duckdb import READ_ERRORS, insert_csv, sql_literal
from cic.land.csv_file import ParsedFile, identify
from cic.land.csv_rows import (
    BLANK,
    Listing,
    Row,
    Suspects,
    first_rows,
    read_header,
    reordered_header,
    suspects,
)
from cic.land.errors import NoHeader, RejectedFile
from cic.land.names import printable
from cic.land.survey import survey
from cic.land.xml_file import parse_xml
from cic.paths import quarantine_dir
from cic.ssda903 import TABLES, TABLES_BY_NAME, Table, normalise_header, raw_columns

if TYPE_CHECKING:
    import pandas as pd

SSDA903 = "ssda903"
BATCH = 50_000  # rows per insert when rows pass through Python
# A 903 date as staging reads it (dd/mm/yyyy, one- or two-digit day and month), after trimming
# and upper-casing; a partial date (DATE_PERM) may write ZZ and ZZZZ for unknown parts.
DATE_SHAPE = "[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}"
PARTIAL_DATE_SHAPE = "[0-9Z]{1,2}/[0-9Z]{1,2}/[0-9Z]{4}"
# The forms a date column written by another tool takes, as a landing note names them: a
# regular expression of the whole trimmed value, and its description (no value is quoted).
DATE_FORMS: tuple[tuple[str, str], ...] = (
    ("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}", "year first, yyyy-mm-dd"),
    ("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}[ T][0-9].*", "year first with a time, yyyy-mm-dd hh:mm"),
    ("[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}[ T][0-9].*", "dd/mm/yyyy with a time after it"),
    ("[0-9]{1,2}[-.][0-9]{1,2}[-.][0-9]{2,4}", "dd-mm-yyyy or dd.mm.yyyy"),
    ("[0-9]{1,2}/[0-9]{1,2}/[0-9]{2}", "dd/mm/yy, a two-digit year"),
    ("[0-9]{1,2}[- ][A-Za-z]{3,9}[- ][0-9]{2,4}", "with the month as a word"),
    ("[0-9]{8}", "eight digits with no separator"),
    ("[0-9]{5}([.][0-9]+)?", "a spreadsheet's day number (the cell lost its date format)"),
)
OTHER_DATE_FORM = "in some other form"
# Values that land as sent but that the rules, the export and DfE's tools read otherwise than
# they look, each noted in its load's message with how many there are and their columns: the
# lower-case bytes whose presence the byte scan looks for (`suspects`), the SQL condition such a
# value meets (over {column}), and the note.
VALUE_NOTES: tuple[tuple[bytes, str, str], ...] = (
    # What SQL Server's tools write for an empty value: DfE's tools read it as text, so the
    # rules report it as a value.
    (
        b"null",
        "upper(trim({column})) = 'NULL'",
        "{values} value(s) are the text NULL ({columns}): kept as text, not as empty cells",
    ),
    # Pasted from a web page or a spreadsheet, or copied from a spreadsheet's cells: it looks
    # like a space, but staging trims only spaces (nor does DfE's schema trim it).
    *(
        (
            character.encode(),
            f"contains({{column}}, chr({ord(character)}))",
            f"{{values}} value(s) hold {name} ({{columns}}): it is not trimmed, so a code with "
            "one is not that code",
        )
        for character, name in (("\u00a0", "a no-break space"), ("\t", "a tab"))
    ),
    # How a spreadsheet keeps an id's leading zeros: the formula's text is read, not its value.
    (
        b'="',
        "regexp_full_match(trim({column}, ' '), '=\".*\"')",
        '{values} value(s) are written as a spreadsheet formula, ="..." ({columns}): they land '
        "as sent, and the rules and DfE read the formula's text, not its value; write the values "
        "alone",
    ),
    # A code or a count a spreadsheet turned into a number (1.0, 886.0): no 903 value has a
    # decimal point, so the rules report each as not its code.
    (
        b".0",
        r"regexp_full_match(trim({column}, ' '), '[0-9]+\.0+')",
        "{values} value(s) are a number with .0 after it ({columns}), as a spreadsheet writes "
        "one: they land as sent, but 1.0 is not the code 1; write the values without it",
    ),
)
# DuckDB's memory while landing: a large file is spilled to disk beyond this, not held.
LAND_MEMORY_LIMIT = "1GB"
# How far below an unrecognised first row landing looks for a header, to name it.
HEADER_SEARCH_ROWS = 10


class _NotInBatch(Exception):
    """A file of a batch needs a transaction of its own (see Lander.land_all)."""


@dataclass(frozen=True)
class Outcome:
    """What happened to one file. status: landed, unchanged or rejected."""

    path: Path
    status: str
    tables: tuple[str, ...]
    rows_read: int
    rows_landed: int
    rows_rejected: int
    message: str
    load_id: int | None = None
    row: int | None = None


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the CSV and XML files under any folder given, in name order; the
    paths skipped (see cic.land.survey) are left out: `survey` lists them with their reasons."""
    return survey(paths).files


def _name(path: Path) -> str:
    """A file's name as raw._loads, raw._rejects and the raw tables store it."""
    return printable(path.name)


def _quarantine_name(load_id: int, name: str) -> str:
    """The quarantine copy's name: the load id and the file's name, cut to fit within a file
    system's 255-byte limit on a name."""
    return f"{load_id:06d}_" + os.fsdecode(os.fsencode(name)[:200])


def _is_xml(path: Path, head: bytes) -> bool:
    if path.suffix.lower() == ".xml":
        return True
    return head[:64].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


# A web page where a 903 file should be (its prolog, comments and case aside): what a failed
# download or a sign-in page saved under the file's name holds.
_HTML = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
    re.DOTALL,
)
HTML_PAGE = (
    "a web page (HTML), not a 903 file: a download that failed, or a sign-in page saved in its "
    "place? Download the file again"
)


# JSON where a 903 file should be: an object, or an array of them (no CSV header begins so).
_JSON = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:\{\s*\"|\[\s*[{\[])")
JSON_FILE = "JSON, not a 903 file (CSV or XML): export the table as CSV"


def _other_kind(head: bytes) -> str | None:
    """Why a text file whose first bytes are `head` is no 903 file (a web page, JSON), if so."""
    if _HTML.match(head.lower()):
        return HTML_PAGE
    if _JSON.match(head):
        return JSON_FILE
    return None


SCRATCH_PREFIX = "cic-land-"  # a transcoded copy's folder: cic-land-<pid>-<random>


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def remove_orphaned_copies() -> int:
    """Remove the transcoded copies a landing killed part-way left behind (`kill -9` gives it
    no chance to remove its own): this user's cic-land-<pid>-* folders in the temporary
    folder whose process is gone. They are owner-only, but hold a council's file. Returns how
    many folders were removed."""
    removed = 0
    root = Path(tempfile.gettempdir())
    for folder in root.glob(f"{SCRATCH_PREFIX}*-*"):
        pid = folder.name[len(SCRATCH_PREFIX) :].split("-", 1)[0]
        try:
            owned = folder.is_dir() and folder.lstat().st_uid == os.getuid()
        except OSError:
            continue
        if owned and pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


def _object_frame(data: object, columns: list[str] | None = None) -> pd.DataFrame:
    """Rows that pass through Python, as a frame of text that DuckDB inserts from. pandas is
    imported here, not with the module: every `cic` command imports the lander, and most never
    need pandas (about a second and a half of each command's start)."""
    import pandas as pd

    return pd.DataFrame(data, columns=columns, dtype="object")


def _batches(rows: Iterable[Row], size: int = BATCH) -> Iterator[list[Row]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


class _Landed:
    """The landed loads of one LA, year and source system: load id -> (sha256, tables). Read
    once per Lander, then kept up to date as it lands (it is the only writer meanwhile: DuckDB
    has one writer, and a Lander is the one landing its LA, year and source)."""

    def __init__(
        self, con: duckdb.DuckDBPyConnection, la: str, year: str | None, source: str
    ) -> None:
        self.loads: dict[int, tuple[str, set[str]]] = {}
        for load_id, sha256, table in con.execute(
            """
            select l.load_id, l.sha256, t.table_name
            from raw._loads as l
            left join raw._load_tables as t on l.load_id = t.load_id
            where l.la_code = ? and l.collection_year is not distinct from ?
              and l.source_system = ? and l.status = 'landed'
            """,
            [la, year, source],
        ).fetchall():
            _, tables = self.loads.setdefault(int(load_id), (sha256, set()))
            if table is not None:
                tables.add(table)

    def unchanged(self, sha256: str) -> int | None:
        """A landed load of these same bytes that no later load has superseded, if any."""
        for load_id in sorted(self.loads, reverse=True):
            sha, tables = self.loads[load_id]
            if sha == sha256 and not any(
                later > load_id and tables & others for later, (_, others) in self.loads.items()
            ):
                return load_id
        return None

    def superseded(self, tables: Iterable[str]) -> str:
        names = set(tables)
        ids = sorted(i for i, (_, theirs) in self.loads.items() if theirs & names)
        return "; supersedes load " + ", ".join(map(str, ids)) if ids else ""

    def add(self, load_id: int, sha256: str, tables: Iterable[str]) -> None:
        self.loads[load_id] = (sha256, set(tables))


def same_bytes_elsewhere(
    con: duckdb.DuckDBPyConnection, load_ids: Iterable[int]
) -> dict[int, tuple[int, str, str | None]]:
    """For each of `load_ids` that landed rows, the first other load with rows of the same bytes
    and source for another council or year, if any: load id -> (that load, its LA, its year).
    Asked once every file has landed, so that the answer does not hang on which of the councils
    landing side by side came first."""
    ids = sorted(set(load_ids))
    if not ids:
        return {}
    rows = con.execute(
        """
        select this.load_id, other.load_id, other.la_code, other.collection_year
        from raw._loads as this
        inner join raw._loads as other
            on other.sha256 = this.sha256
            and other.source_system = this.source_system
            and other.load_id != this.load_id
            and (other.la_code != this.la_code
                or other.collection_year is distinct from this.collection_year)
        where this.load_id in (select unnest($1)) and this.rows_landed > 0
          and other.status = 'landed' and other.rows_landed > 0
        order by this.load_id desc, other.load_id desc
        """,
        [ids],
    ).fetchall()
    # Ordered from the last: the first other load of each is the one kept.
    return {int(load_id): (int(other), str(la), year) for load_id, other, la, year in rows}


def date_form_notes(con: duckdb.DuckDBPyConnection, load_ids: Iterable[int]) -> dict[int, str]:
    """For each of `load_ids` (903 loads) with a date column most of whose values given are not
    dd/mm/yyyy (a spreadsheet or a database export that wrote its own date format), a note
    naming the columns, how many of their dates are not, and the form most take (DATE_FORMS),
    quoting no value: they land as sent, but staging, the rules and DfE's tools read each as no
    date. A few values in another form are data errors, which the rules report row by row. The
    text NULL is left to its own note; a partial date (DATE_PERM) may write ZZ for unknown
    parts. Asked once every file has landed, a query per table (a query per load would add a
    third to landing a national tier's five thousand files); each note is also appended to its
    load's message in raw._loads."""
    ids = sorted(set(load_ids))
    found: dict[int, list[str]] = {}
    for table in TABLES if ids else ():
        conditions = {
            c: _date_value_sql(f'"{c.lower()}"', c in table.partial_dates)
            for c in table.columns
            if c in table.dates
        }
        if not conditions:
            continue
        raw = f"raw.ssda903__{table.name}"
        counts = con.execute(
            "select _load_id, "
            + ", ".join(
                f"count(*) filter (where {given}), count(*) filter (where {other})"
                for given, other in conditions.values()
            )
            + f" from {raw} where _load_id in (select unnest($1)) group by _load_id"
            " order by _load_id",
            [ids],
        ).fetchall()
        for load_id, *row in counts:
            for i, (column, (_, other)) in enumerate(conditions.items()):
                filled, others = row[2 * i : 2 * i + 2]
                if others * 2 <= filled:
                    continue
                # Rare (a column in another format): only then is each value's form read. The
                # commonest form; on a tie, the one met first in the file.
                form = _date_form_sql(f'"{column.lower()}"')
                most = con.execute(
                    f"select {form} as form from {raw} where _load_id = ? and {other} "
                    "group by form order by count(*) desc, min(_source_row) limit 1",
                    [load_id],
                ).fetchall()[0][0]
                found.setdefault(int(load_id), []).append(
                    f"{column} {others} of {filled} (most: {most})"
                )
    notes = {
        load_id: (
            f"dates not written dd/mm/yyyy: {', '.join(parts)}: they land as sent, but the "
            "rules and DfE's tools read each as no date; write these columns as dd/mm/yyyy"
        )
        for load_id, parts in found.items()
    }
    for load_id, note in notes.items():
        con.execute(
            "update raw._loads set message = message || '; ' || ? where load_id = ?",
            [note, load_id],
        )
    return notes


def _marks_in(parsed: ParsedFile) -> frozenset[bytes]:
    """The marks of VALUE_NOTES that the values of an XML return hold (lower case), as the byte
    scan finds them in a CSV file's bytes."""
    values = "\x00".join(
        value for rows in parsed.tables.values() for _, record in rows for value in record.values()
    )
    text = values.lower().encode()
    return frozenset(mark for mark, _, _ in VALUE_NOTES if mark in text)


def _laid_out_values(parsed: ParsedFile) -> str:
    """A note on the values of an XML return that hold a line break, naming their items: a tool
    that laid the document out put each value on lines of its own. They land as sent (DfE's
    schema keeps the white space of a value, so such a value breaks its rules), but staging
    trims only spaces: such a code is not that code, and such a CHILDID is another child. (A
    tab is one of VALUE_NOTES, in XML as in CSV.)"""
    count, columns = 0, set()
    for rows in parsed.tables.values():
        for _, record in rows:
            for column, value in record.items():
                if "\n" in value or "\r" in value:
                    count += 1
                    columns.add(column.upper())
    if not count:
        return ""
    return (
        f"; {count} value(s) hold a line break ({', '.join(sorted(columns))}): they land as "
        "sent, but staging trims only spaces, so such a code is not that code; write each value "
        "on the line of its element"
    )


def with_notes(outcomes: Iterable[Outcome], notes: dict[int, str]) -> list[Outcome]:
    """`outcomes`, each landed file's message followed by its note in `notes` (by load id)."""
    return [
        replace(o, message=f"{o.message}; {notes[o.load_id]}")
        if o.load_id is not None and o.load_id in notes
        else o
        for o in outcomes
    ]


@cache
def _date_value_sql(column: str, partial: bool) -> tuple[str, str]:
    """SQL conditions on a 903 date column: its value is given (not white space alone, not the
    text NULL); its value is given and not dd/mm/yyyy once trimmed of spaces, as staging reads
    it."""
    text = f"trim({column}, ' ' || chr(9) || chr(10) || chr(13))"
    given = f"{text} != '' and upper({text}) != 'NULL'"
    shape = PARTIAL_DATE_SHAPE if partial else DATE_SHAPE
    return given, f"{given} and not regexp_full_match(upper(trim({column}, ' ')), '{shape}')"


def _date_form_sql(column: str) -> str:
    """SQL naming the form (DATE_FORMS) of a date column's value that is not dd/mm/yyyy."""
    value = f"trim({column}, ' ')"
    form = " ".join(
        f"when regexp_full_match({value}, '{pattern}') then {sql_literal(label)}"
        for pattern, label in DATE_FORMS
    )
    return f"case {form} else {sql_literal(OTHER_DATE_FORM)} end"


def _known_tables(tables: tuple[Table, ...]) -> dict[frozenset[str], Table]:
    """Each table by its set of (normalised) column names: what `identify` matches."""
    known: dict[frozenset[str], Table] = {}
    for t in tables:
        known.setdefault(frozenset(normalise_header(c) for c in t.columns), t)
    return known


def prepare_landing(con: duckdb.DuckDBPyConnection) -> None:
    """Before landing: remove what killed landings left behind, and set DuckDB for landing."""
    remove_orphaned_copies()
    # Rows are numbered in the order DuckDB reads them (cic.land.csv_duckdb), and a large file
    # is spilled to disk rather than held in memory (both settings are the database's).
    con.execute("set preserve_insertion_order = true")
    con.execute(f"set memory_limit = '{LAND_MEMORY_LIMIT}'")


def next_load_id(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("select coalesce(max(load_id), 0) + 1 from raw._loads").fetchone()
    return int(row[0]) if row else 1


class Lander:
    """Lands files for one LA into an open warehouse connection: 903 files of one collection
    year (source ssda903), or the CSV files of one CMS extract (source lcs, mosaic or eclipse,
    whose extract spans years: year None)."""

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        la: str,
        year: str | None,
        encoding: str | None = None,
        source: str = SSDA903,
        ids: range | None = None,
        prepare: bool = True,
    ) -> None:
        """ids: the load ids this Lander may give (cic.land.jobs, where several Landers land at
        once, gives each its own); by default a load takes the id after raw._loads' highest.
        prepare: call `prepare_landing` (cic.land.jobs calls it once for all its Landers)."""
        self.con = con
        self.la = la
        self.source = source
        self.tables = () if source == SSDA903 else source_tables(source)
        if (year is None) != (source != SSDA903):
            raise ValueError("903 files need a collection year; a CMS extract takes none")
        self.year = year
        self.encoding = encoding
        self._landed: _Landed | None = None  # this LA's current loads, read on first use
        # Each table by its set of (normalised) column names: what `identify` matches.
        self._known = _known_tables(self._identify_args()[0])
        self._ids = ids
        self._next_id: int | None = ids.start if ids else None
        self._batch = False  # inside land_all's one transaction
        # A batch's audit rows, written together before it commits: raw._loads, raw._load_tables.
        self._pending: dict[str, list[list[object]]] = {}
        self._folders: dict[Path, Path] = {}  # a folder's resolved path, for `_resolved`
        if prepare:
            prepare_landing(con)

    @property
    def landed(self) -> _Landed:
        if self._landed is None:
            self._landed = _Landed(self.con, self.la, self.year, self.source)
        return self._landed

    def land_all(
        self, paths: Sequence[Path], before: Callable[[Path], None] | None = None
    ) -> tuple[list[Outcome], list[tuple[Path, OSError]]]:
        """Land files (calling `before` with each first): the outcomes, and the files that
        could not be read (nothing written for those). In one transaction when every file
        lands cleanly with DuckDB's reader; else one file per transaction, as `land` does."""
        if len(paths) > 1:
            self._batch = True
            self.con.begin()
            try:
                outcomes = []
                for path in paths:
                    if before is not None:
                        before(path)
                    outcomes.append(self.land(path))
                self._batch = False
                self._flush_audit()
                self.con.commit()
                return outcomes, []
            except (_NotInBatch, OSError, duckdb.Error):
                self._batch = False
                with suppress(duckdb.Error):
                    self.con.rollback()
                self._landed = None  # read again: the batch's loads were rolled back
                self._next_id = self._ids.start if self._ids else None
                self._pending = {}
        outcomes, unreadable = [], []
        for path in paths:
            if before is not None:
                before(path)
            try:
                outcomes.append(self.land(path))
            except OSError as exc:
                unreadable.append((path, exc))
        return outcomes, unreadable

    def _write_audit(self, table: str, row: list[object]) -> None:
        """One row of raw._loads or raw._load_tables: at once, or with the batch's others."""
        if self._batch:
            self._pending.setdefault(table, []).append(row)
        else:
            marks = ", ".join("?" * len(row))
            self.con.execute(f"insert into raw.{table} values ({marks})", row)

    def _flush_audit(self) -> None:
        for table, rows in self._pending.items():
            marks = ", ".join("(" + ", ".join("?" * len(row)) + ")" for row in rows)
            self.con.execute(
                f"insert into raw.{table} values {marks}", [value for row in rows for value in row]
            )
        self._pending = {}

    def _begin(self) -> None:
        if not self._batch:
            self.con.begin()

    def _commit(self) -> None:
        if not self._batch:
            self.con.commit()

    def _rollback(self) -> None:
        """Roll back the file's transaction; in a batch, land_all rolls back the batch."""
        if not self._batch:
            self.con.rollback()

    def land(self, path: Path) -> Outcome:
        """Land one file, or reject it. Raises OSError, having written nothing, if the file
        cannot be read (it vanished, or is no longer a regular file or readable)."""
        scan = decode.scan(path, self.encoding)
        same = self.landed.unchanged(scan.sha256)
        if same is not None:
            return Outcome(
                path,
                "unchanged",
                tuple(sorted(self.landed.loads[same][1])),
                0,
                0,
                0,
                f"identical to load {same}, already landed: nothing changed",
                same,
            )
        load_id = self._next_id or self._fresh_id()
        if self._ids is not None and load_id not in self._ids:
            raise RuntimeError(f"load id {load_id} is outside this Lander's {self._ids}")
        self._next_id = None  # read again from raw._loads should this load fail
        if not_903 := scan.fault if scan.binary else _other_kind(scan.head):
            # Not text, or text of another kind: no rows to list (rows read 0), rejected whole.
            file_format = "xml" if path.suffix.lower() == ".xml" else "csv"
            outcome = self._reject(path, scan, load_id, file_format, None, not_903)
        elif _is_xml(path, scan.head):
            outcome = self._land_xml(path, scan, load_id)
        else:
            outcome = self._land_csv(path, scan, load_id)
        self._next_id = load_id + 1
        return outcome

    def _fresh_id(self) -> int:
        """The id of the next load: after raw._loads' highest, or the first of `ids` not yet
        taken by a load that stayed (one rolled back gives its id to the next)."""
        if self._ids is None:
            return next_load_id(self.con)
        row = self.con.execute(
            "select coalesce(max(load_id) + 1, ?) from raw._loads where load_id between ? and ?",
            [self._ids.start, self._ids.start, self._ids.stop - 1],
        ).fetchone()
        return int(row[0]) if row else self._ids.start

    # XML: parsed whole in Python (cic.land.xml_file), as EXPSSDA903 files are one LA's year.

    def _land_xml(self, path: Path, scan: decode.Scan, load_id: int) -> Outcome:
        try:
            if scan.blank:
                raise RejectedFile("empty file: no EXPSSDA903 document")
            if self.source != SSDA903:
                raise RejectedFile(f"{self.source} extracts are CSV files; this is XML")
            parsed = parse_xml(path.read_bytes())
        except RejectedFile as rejected:
            return self._reject(path, scan, load_id, "xml", None, rejected.reason, rejected.row)
        return self._write_parsed(path, scan, load_id, parsed)

    def _write_parsed(
        self, path: Path, scan: decode.Scan, load_id: int, parsed: ParsedFile
    ) -> Outcome:
        now = datetime.now()
        tables = tuple(parsed.tables)
        read = parsed.rows_read
        message = self._message(read, tables)
        if read == 0:  # an EXPSSDA903 document with no CHILD: every table of the year emptied
            message = (
                "an empty return: no <CHILD> record, so every table of the return lands with no "
                f"rows{self.landed.superseded(tables)}"
            )
        self._begin()
        try:
            for name, rows in parsed.tables.items():
                columns = self._raw_columns(name)
                self._insert_frame(
                    name,
                    columns,
                    [[record.get(c) for c in columns] for _, record in rows],
                    [number for number, _ in rows],
                    load_id,
                    _name(path),
                    now,
                )
                self._write_audit("_load_tables", [load_id, name, len(rows)])
            message += _laid_out_values(parsed)
            message += self._value_notes(
                load_id,
                {name: self._raw_columns(name) for name, rows in parsed.tables.items() if rows},
                _marks_in(parsed),
            )
            message += self._out_of_year(load_id, "episodes")
            message += self._not_in_return({n: len(rows) for n, rows in parsed.tables.items()})
            self._audit(path, scan, load_id, "xml", None, (read, read, 0), "landed", message, now)
            self._commit()
            self.landed.add(load_id, scan.sha256, tables)
        except Exception:
            self._rollback()
            raise
        return Outcome(path, "landed", tables, read, read, 0, message, load_id)

    # CSV

    def _land_csv(self, path: Path, scan: decode.Scan, load_id: int) -> Outcome:
        encoding = scan.encoding
        if scan.blank:
            return self._reject(path, scan, load_id, "csv", encoding, "empty file: no header row")
        if scan.fault or encoding is None:  # NUL bytes, an unknown encoding: read leniently
            listing = Listing(path, "utf-8", strip_nul=scan.nul)
            return self._reject(path, scan, load_id, "csv", encoding, scan.fault, None, listing)
        if scan.bad_byte:
            listing = Listing(path, encoding)
            return self._reject(
                path, scan, load_id, "csv", encoding, None, None, listing, scan.bad_byte
            )
        if decode.is_utf8(encoding):
            return self._land_utf8(path, path, scan, load_id, encoding)
        # Another encoding: a UTF-8 copy, readable by this user only, removed once landed.
        with tempfile.TemporaryDirectory(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-") as scratch:
            copy = Path(scratch) / "utf8.csv"
            bad = decode.transcode(path, encoding, copy)
            if bad:
                listing = Listing(path, encoding)
                return self._reject(path, scan, load_id, "csv", encoding, None, None, listing, bad)
            return self._land_utf8(path, copy, scan, load_id, encoding)

    def _land_utf8(
        self, path: Path, text: Path, scan: decode.Scan, load_id: int, encoding: str
    ) -> Outcome:
        """Land `path`, whose UTF-8 text is the file `text` (itself, or a transcoded copy)."""
        header, unreadable = read_header(text)
        if header is None:
            return self._reject(
                path, scan, load_id, "csv", encoding, unreadable, None, Listing(text)
            )
        columns = [normalise_header(h) for h in header]
        try:
            table = self._exact_table(columns) or identify(columns, *self._identify_args())
        except NoHeader as exc:
            reason = self._header_below(text) or exc.reason
            return self._reject(path, scan, load_id, "csv", encoding, reason, None, Listing(text))
        except RejectedFile as exc:
            return self._reject(
                path, scan, load_id, "csv", encoding, exc.reason, None, Listing(text)
            )
        names = self._file_columns(table, columns)
        found = suspects(text, names, (mark for mark, _, _ in VALUE_NOTES))
        if found.reordered_header:
            row = reordered_header(text, header)
            if row is not None:
                reason = (
                    "the header row again, with its columns in another order (two exports "
                    "joined?): the rows after it would land under the wrong columns; land the "
                    "two parts as separate files"
                )
                return self._reject(
                    path, scan, load_id, "csv", encoding, reason, row, Listing(text)
                )
        if not scan.spaced_quotes:
            landed = self._land_with_duckdb(
                path, text, scan, load_id, encoding, table, names, found
            )
            if landed is not None:
                return landed
        # DuckDB refused the file (or would drop spaces next to quotes): Python decides.
        listing = Listing(text)
        for _ in listing.rows():
            pass
        fault = listing.faults.reason()
        if fault:
            reason, row = fault
            return self._reject(path, scan, load_id, "csv", encoding, reason, row, Listing(text))
        return self._land_rows(path, text, scan, load_id, encoding, table, names, found)

    def _land_with_duckdb(
        self,
        path: Path,
        text: Path,
        scan: decode.Scan,
        load_id: int,
        encoding: str,
        table: Table,
        names: list[str],
        found: Suspects,
    ) -> Outcome | None:
        """Land with DuckDB's reader; None, with nothing written, if it refuses the file."""
        now = datetime.now()
        message_tail = self.landed.superseded([table.name])
        self._begin()
        try:
            try:
                read = insert_csv(
                    self.con,
                    text,
                    f"raw.{self.source}__{table.name}",
                    names,
                    (load_id, _name(path), self.la, self.year, now),
                )
            except READ_ERRORS as refused:
                if self._batch:  # the batch's transaction is spoilt: land_all starts again
                    raise _NotInBatch from refused
                self.con.rollback()
                return None
            landed = self._finish_csv(
                path, text, scan, load_id, encoding, table, names, read, message_tail, now, found
            )
        except Exception:
            self._rollback()
            raise
        return landed

    def _land_rows(
        self,
        path: Path,
        text: Path,
        scan: decode.Scan,
        load_id: int,
        encoding: str,
        table: Table,
        names: list[str],
        found: Suspects,
    ) -> Outcome:
        """Land a file row by row from Python's reader, in batches."""
        if self._batch:
            raise _NotInBatch
        now = datetime.now()
        message_tail = self.landed.superseded([table.name])
        read = 0
        self.con.begin()
        try:
            for batch in _batches(Listing(text).rows()):
                self._insert_frame(
                    table.name,
                    names,
                    [row.fields or [] for row in batch],
                    [row.number for row in batch],
                    load_id,
                    _name(path),
                    now,
                )
                read += len(batch)
            landed = self._finish_csv(
                path, text, scan, load_id, encoding, table, names, read, message_tail, now, found
            )
        except Exception:
            self.con.rollback()
            raise
        return landed

    def _finish_csv(
        self,
        path: Path,
        text: Path,
        scan: decode.Scan,
        load_id: int,
        encoding: str,
        table: Table,
        names: list[str],
        read: int,
        message_tail: str,
        now: datetime,
        found: Suspects,
    ) -> Outcome:
        """Audit a CSV file (whose UTF-8 text is `text`) whose `read` rows are in its raw table,
        less the rows that hold no record (`found`: what the byte scan suspects)."""
        rejected = (
            self._reject_non_records(path, load_id, table, names, now) if found.non_records else {}
        )
        landed = read - sum(rejected.values())
        message = self._message(landed, (), message_tail)
        message += "".join(f"; {n} {what} rejected" for what, n in rejected.items() if n)
        message += self._value_notes(load_id, {table.name: names}, found.marks)
        message += self._out_of_year(load_id, table.name)
        message += self._not_in_return({table.name: landed})
        self._write_audit("_load_tables", [load_id, table.name, landed])
        self._audit(
            path,
            scan,
            load_id,
            "csv",
            encoding,
            (read, landed, read - landed),
            "landed",
            message,
            now,
        )
        self._commit()
        self.landed.add(load_id, scan.sha256, [table.name])
        return Outcome(path, "landed", (table.name,), read, landed, read - landed, message, load_id)

    def _reject_non_records(
        self, path: Path, load_id: int, table: Table, names: list[str], now: datetime
    ) -> dict[str, int]:
        """Move the rows of this load that hold no record from the raw table to raw._rejects,
        each with its reason; return how many of each kind. A row whose every field is empty or
        BLANK (spaces, tabs, the end-of-file mark) is what a spreadsheet leaves below its data (a
        line of commas); a row that repeats the header's names is where two files were joined
        into one; a row whose first field says Total, the others empty or numbers, is a report's
        total. Landed, rules would report each as a child with invalid values, and the export
        would send it to DfE."""
        target = f"raw.{self.source}__{table.name}"
        blank = " || ".join(f"chr({ord(c)})" for c in BLANK)
        kinds = {
            "blank row(s)": (
                # Spaces, tabs and the end-of-file mark (BLANK): trim() alone keeps a tab.
                " and ".join(f"trim(\"{name}\", {blank}) = ''" for name in names),
                "blank row: every field is empty",
            ),
            "total row(s)": (
                # A report's total: its first field says Total (a count may follow), every
                # other field is empty or a number.
                f'regexp_full_match(lower(trim("{names[0]}", {blank})), '
                "'(grand +)?totals?:? *[0-9]*')"
                + "".join(
                    f" and regexp_full_match(trim(\"{n}\", {blank}), '[0-9]*')" for n in names[1:]
                ),
                "a report's total row, not a record",
            ),
            "repeated header row(s)": (
                # As normalise_header reads a name: a byte order mark (U+FEFF) dropped.
                " and ".join(
                    f"regexp_replace(upper(trim(replace(\"{name}\", chr(65279), ''))), ' +', '_',"
                    f" 'g') = '{name.upper()}'"
                    for name in names
                ),
                "the header row again: a row of the column names, not a record",
            ),
        }
        counts = {}
        for what, (condition, reason) in kinds.items():
            self.con.execute(
                f"insert into raw._rejects select ?, ?, _source_row, ?, null, ? from {target} "
                f"where _load_id = ? and {condition} order by _source_row",
                [load_id, _name(path), reason, now, load_id],
            )
            deleted = self.con.execute(
                f"delete from {target} where _load_id = ? and {condition}", [load_id]
            ).fetchone()
            counts[what] = int(deleted[0]) if deleted else 0
        return counts

    def _values_where(
        self, load_id: int, table: str, names: list[str], predicate: str
    ) -> tuple[int, list[str]]:
        """How many landed values of this load in `table` meet `predicate` (SQL over
        `{column}`), and the columns that hold them."""
        quoted = [f'"{n}"' for n in names]
        counts = self.con.execute(
            "select "
            + ", ".join(f"count(*) filter (where {predicate.format(column=q)})" for q in quoted)
            + f" from raw.{self.source}__{table} where _load_id = ?",
            [load_id],
        ).fetchall()[0]  # an aggregate: always one row
        return sum(counts), [n.upper() for n, count in zip(names, counts, strict=True) if count]

    def _value_notes(
        self, load_id: int, columns: dict[str, list[str]], marks: frozenset[bytes]
    ) -> str:
        """The notes (VALUE_NOTES) on the values of this load, in the tables and columns of
        `columns`, whose marks the bytes showed (`marks`): each with how many values it is about
        and their columns; nothing for a note no value needs."""
        notes = ""
        for mark, predicate, note in VALUE_NOTES:
            if mark not in marks:
                continue
            count, named = 0, []
            for table, names in columns.items():
                values, holding = self._values_where(load_id, table, names, predicate)
                count += values
                named += [c for c in holding if c not in named]
            if named:
                notes += "; " + note.format(values=count, columns=", ".join(named))
        return notes

    def _out_of_year(self, load_id: int, table: str) -> str:
        """A note on a 903 Episodes load in which fewer than one dated episode in twenty starts
        or ends (DECOM, DEC) during the collection year it was landed for: last year's file
        landed as this year's (its dates all before 1 April but a few mistyped ones), or the
        wrong --year. In a return of the year, about four episodes in five start or end in it.
        The file lands (the rules report each episode); the note says what is likely wrong,
        quoting no date."""
        if self.source != SSDA903 or table != "episodes" or self.year is None:
            return ""
        start_year = int(self.year[:4])
        row = self.con.execute(
            """
            select
                count(*) filter (where decom is not null or dec is not null),
                count(*) filter (where decom between $1 and $2 or dec between $1 and $2)
            from (
                select
                    try_strptime(trim(decom, ' '), '%d/%m/%Y') as decom,
                    try_strptime(trim(dec, ' '), '%d/%m/%Y') as dec
                from raw.ssda903__episodes
                where _load_id = $3
            ) as episodes
            """,
            [datetime(start_year, 4, 1), datetime(start_year + 1, 3, 31), load_id],
        ).fetchone()
        dated, in_year = (int(row[0]), int(row[1])) if row else (0, 0)
        if dated == 0 or in_year * 20 >= dated:
            return ""
        return (
            f"; only {in_year} of its {dated} dated episode(s) start or end during {self.year} "
            "(1 April to 31 March): is it another year's file, or is --year wrong?"
        )

    def _not_in_return(self, landed: dict[str, int]) -> str:
        """A note on 903 rows of a table that the return of the year they were landed for does
        not have (DoLO before 2026-27): they land, but no rule of that year reports on them and
        no export of that year holds them, so the --year given is likely wrong."""
        if self.source != SSDA903 or self.year is None:
            return ""
        notes = []
        for name, rows in landed.items():
            table = TABLES_BY_NAME[name]
            if rows and not table.exists_in(self.year):
                notes.append(
                    f"; {table.dfe_name} is not part of a {self.year} return (DfE asks for it "
                    f"from {table.first_year}): its {rows} row(s) land, but no rule of "
                    f"{self.year} reports on them and no export of {self.year} holds them: is "
                    "--year right?"
                )
        return "".join(notes)

    def _message(self, read: int, tables: Iterable[str], tail: str | None = None) -> str:
        if tail is None:
            tail = self.landed.superseded(tables)
        counted = f"{read} row" if read == 1 else f"{read} rows"
        return ("header only: no data rows" if read == 0 else counted) + tail

    def _exact_table(self, columns: list[str]) -> Table | None:
        """The table whose columns are exactly `columns` (normalised, each named once)."""
        if len(set(columns)) != len(columns):
            return None
        return self._known.get(frozenset(columns))

    def _header_below(self, text: Path) -> str | None:
        """The reason for a file whose first row names no column but which has a table's header
        a few rows down (below a report's title, say): where that header is."""
        for row in first_rows(text, HEADER_SEARCH_ROWS):
            table = self._exact_table([normalise_header(f) for f in row.fields or []])
            if table is not None:
                return (
                    f"the header of {table.dfe_name} is on row {row.number + 1} of the file, "
                    f"not the first (a title above it?): delete the {row.number} row(s) above "
                    "it and land the file again"
                )
        return None

    def _identify_args(self) -> tuple[tuple[Table, ...], str]:
        return (TABLES, "903") if self.source == SSDA903 else (self.tables, self.source)

    def _file_columns(self, table: Table, columns: list[str]) -> list[str]:
        """The raw table's column for each of the file's columns, in file order."""
        raw = {normalise_header(c): c.lower() for c in table.columns}
        return [raw[c] for c in columns]

    def _raw_columns(self, name: str) -> list[str]:
        if self.source == SSDA903:
            return list(raw_columns(TABLES_BY_NAME[name]))
        table = next(t for t in self.tables if t.name == name)
        return [c.lower() for c in table.columns]

    def _insert_frame(
        self,
        name: str,
        columns: list[str],
        values: Sequence[Sequence[str | None]],
        numbers: list[int],
        load_id: int,
        file_name: str,
        now: datetime,
    ) -> None:
        frame = _object_frame(values, columns)
        frame["_load_id"] = load_id
        frame["_source_file"] = file_name
        frame["_source_row"] = numbers
        frame["_la_code"] = self.la
        frame["_collection_year"] = self.year
        frame["_loaded_at"] = now
        self.con.register("landing_frame", frame)
        try:
            self.con.execute(
                f"insert into raw.{self.source}__{name} by name select * from landing_frame"
            )
        finally:
            self.con.unregister("landing_frame")

    # Audit and rejection

    def _resolved(self, path: Path) -> str:
        """The file's absolute path, links resolved (as Path.resolve gives it), resolving each
        folder once rather than each of its files."""
        if path.name in ("", ".", "..") or path.is_symlink():
            return str(path.resolve())
        folder = path.parent
        if folder not in self._folders:
            self._folders[folder] = folder.resolve()
        return str(self._folders[folder] / path.name)

    def _audit(
        self,
        path: Path,
        scan: decode.Scan,
        load_id: int,
        file_format: str,
        encoding: str | None,
        counts: tuple[int, int, int],
        status: str,
        message: str,
        now: datetime,
    ) -> None:
        self._write_audit(
            "_loads",
            [
                load_id,
                self.source,
                self.la,
                self.year,
                _name(path),
                printable(self._resolved(path)),
                file_format,
                encoding,
                scan.sha256,
                scan.size,
                *counts,
                status,
                message,
                now,
            ],
        )

    def _reject(
        self,
        path: Path,
        scan: decode.Scan,
        load_id: int,
        file_format: str,
        encoding: str | None,
        reason: str | None,
        row: int | None = None,
        listing: Listing | None = None,
        bad_byte: str | None = None,
    ) -> Outcome:
        """Reject the file whole: audit it, list every row `listing` reads in raw._rejects
        (each with its own reason, else the file's), quarantine a copy. Without `reason`, the
        listing's faults give it (with `bad_byte`: how a byte that does not decode is wrong)."""
        if self._batch:  # a rejection, with its quarantine copy, is written on its own
            raise _NotInBatch
        now = datetime.now()
        self.con.begin()
        try:
            self.con.execute(
                "create or replace temp table cic_rejected "
                "(source_row integer, reason varchar, record varchar)"
            )
            read = 0
            if listing is not None:
                for batch in _batches(listing.rows()):
                    frame = _object_frame(
                        {
                            "source_row": [r.number for r in batch],
                            "reason": [r.fault for r in batch],
                            "record": [r.text for r in batch],
                        }
                    )
                    self.con.register("rejected_frame", frame)
                    try:
                        self.con.execute("insert into cic_rejected select * from rejected_frame")
                    finally:
                        self.con.unregister("rejected_frame")
                    read += len(batch)
                if reason is None:
                    found = listing.faults.reason(bad_byte)
                    reason, row = found if found else ("not a readable CSV", None)
            reason = reason or "not a readable CSV"
            self._audit(
                path,
                scan,
                load_id,
                file_format,
                encoding,
                (read, 0, read),
                "rejected",
                reason,
                now,
            )
            if read:
                self.con.execute(
                    "insert into raw._rejects select ?, ?, source_row, coalesce(reason, ?), "
                    "record, ? from cic_rejected order by source_row",
                    [load_id, _name(path), reason, now],
                )
            else:
                self.con.execute(
                    "insert into raw._rejects values (?, ?, null, ?, null, ?)",
                    [load_id, _name(path), reason, now],
                )
            self.con.execute("drop table cic_rejected")
            self.con.commit()
        except Exception:
            self.con.rollback()
            raise
        target = quarantine_dir()
        message = reason
        try:
            target.mkdir(parents=True, exist_ok=True, mode=0o700)
            # The content only: a copy made under the owner-only mask, not the source's mode.
            shutil.copyfile(path, target / _quarantine_name(load_id, path.name))
        except OSError as exc:  # the rejection is recorded; only the copy is missing
            message = f"{reason} (no quarantine copy: {exc.strerror})"
        return Outcome(path, "rejected", (), read, 0, read, message, load_id, row)
