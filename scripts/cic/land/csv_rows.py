"""A CSV file read row by row in Python, streaming: its header, and each data row with what is
wrong with it, if anything.

Landing reads CSV with DuckDB (cic.land.csv_duckdb). This reader is for what DuckDB does not
decide: the header (recognised by `identify`), the listing of every row of a rejected file with
its own reason, and the rare file DuckDB's strict reader refuses but that is valid CSV (say, one
mixing Windows and Unix line ends), which lands from here. It reads as DuckDB does: quotes are
RFC 4180 (a doubled quote inside a quoted value), a quote that is not closed, or text after a
closing quote, is a fault; blank lines are not rows (a line of spaces is a row of empty fields,
which landing lists as a blank row). Rows are numbered from 1 after the header.

A quoting fault can hide where rows start and end (an opening quote with no closing one
swallows every later line): the lines of the record that failed are listed one by one, each as a
row, so that every line that arrived is accounted for.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from cic.cms import SOURCES
from cic.land.decode import MARK, NUL_BYTE, marked, undecodable, unmark
from cic.ssda903 import TABLES, normalise_header

SHOWN = 5  # faults named in a file's reason; the rest are counted
# The longest value either reader takes: DuckDB's longest line (its max_line_size), so that a
# file lands or is refused alike whichever reader reads it. Python's reader is given it too.
FIELD_LIMIT = 2_097_152
csv.field_size_limit(FIELD_LIMIT)
# What a field of a row that holds no record may hold besides nothing: spaces, tabs, and the
# end-of-file mark (Ctrl-Z, 0x1A) that old Windows tools write on a line of its own at the end.
BLANK = " \t\x1a"
NUL_MARK = chr(0xDC00)  # a NUL byte in text, marked as an undecodable byte is (cic.land.decode)
# Column names a reason may print. A header that is not recognised may be a child's data (the
# header row missing), so only the names of declared columns are printed; any other column is
# named by its position alone.
KNOWN_COLUMNS = frozenset(
    normalise_header(c)
    for table in (*TABLES, *(t for tables in SOURCES.values() for t in tables))
    for c in table.columns
)

# Each table's column set, by its name as a reason gives it: a ragged row that holds one is
# another table's header (two tables, one after the other, in one file).
HEADERS_OF_TABLES: dict[frozenset[str], str] = {
    **{
        frozenset(normalise_header(c) for c in t.columns): f"{family} {t.name}"
        for family, tables in SOURCES.items()
        for t in tables
    },
    **{frozenset(normalise_header(c) for c in t.columns): t.dfe_name for t in TABLES},
}


def serialise(fields: list[str]) -> str:
    """A record as one CSV line, for the rejects table."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow(fields)
    return buffer.getvalue()


@dataclass(frozen=True)
class Row:
    """A data row: its number, its values (None when it could not be read as CSV, `line` then
    holds it) and its own fault, if any."""

    number: int
    fields: list[str] | None
    fault: str | None = None
    line: str = ""

    @property
    def text(self) -> str:
        """The row as text for raw._rejects."""
        return serialise(self.fields) if self.fields is not None else self.line


class _Lines:
    """The file's physical lines, remembering those the CSV reader took for its last record."""

    def __init__(self, stream: io.TextIOBase, strip_nul: bool) -> None:
        """strip_nul: drop NUL characters (UTF-16 read as bytes); otherwise each is marked as a
        byte that does not decode, so that its row and column are named."""
        self.stream = stream
        self.strip_nul = strip_nul
        self.taken: list[str] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self.stream.readline()
        if not line:
            raise StopIteration
        if "\x00" in line:
            line = line.replace("\x00", "" if self.strip_nul else NUL_MARK)
        self.taken.append(line)
        return line


def quote_fault(text: str) -> tuple[int, str | None]:
    """(0-based column, what is wrong) for the quoting of a record's text (RFC 4180), or for a
    value longer than FIELD_LIMIT characters."""
    column = 0
    opened = 0
    length = 0  # of the value being read
    state = "start"
    for ch in text:
        if state == "start":
            length = 0
            if ch == '"':
                state, opened = "quoted", column
            elif ch == ",":
                column += 1
            elif ch in "\r\n":
                return column, None
            else:
                state = "plain"
        elif state == "plain":
            if ch == ",":
                column, state = column + 1, "start"
            elif ch in "\r\n":
                return column, None
        elif state == "quoted":
            if ch == '"':
                state = "closing"
        elif ch == '"':  # closing: a doubled quote inside the value
            state = "quoted"
        elif ch == ",":
            column, state = column + 1, "start"
        elif ch in "\r\n":
            return column, None
        else:
            return column, "text follows the closing quote of the value"
        length += 1
        if length > FIELD_LIMIT:
            return column, f"a value longer than {FIELD_LIMIT:,} characters, which no 903 value is"
    if state == "quoted":
        return opened, "a quote opens a value that is never closed"
    return column, None


@dataclass
class Faults:
    """What a listing found, for the file's reason."""

    width: int | None = None  # None: the header could not be read
    names: list[str] = field(default_factory=list)
    ragged: list[tuple[int, int]] = field(default_factory=list)  # first few (row, fields)
    ragged_count: int = 0
    other_header: tuple[int, str] | None = (
        None  # the first ragged row that is another table's header
    )
    rows: int = 0  # data rows read so far: the last one's number
    unreadable: tuple[int, str] | None = None  # first (row, reason) of a quoting fault
    unreadable_count: int = 0  # rows listed line by line because of quoting faults
    undecodable: tuple[int, str, bool] | None = None  # first (row, column, NUL?) of a bad byte
    header_undecodable: bool = False
    header_nul: bool = False

    def column(self, index: int) -> str:
        name = self.names[index] if index < len(self.names) else ""
        return f"{index + 1} ({name})" if name else str(index + 1)

    @property
    def any(self) -> bool:
        return bool(self.ragged_count or self.unreadable or self.undecodable)

    def reason(self, bad_byte: str | None = None) -> tuple[str, int | None] | None:
        """The file's reason and first row at fault, None when every row is sound."""
        if bad_byte and self.header_undecodable:
            return undecodable(NUL_BYTE if self.header_nul else bad_byte, 0), None
        if bad_byte and self.undecodable:
            row, column, nul = self.undecodable
            return undecodable(NUL_BYTE if nul else bad_byte, row, column), row
        if self.unreadable:
            row, why = self.unreadable
            more = self.unreadable_count - 1
            after = f"; {more} more row(s) listed line by line" if more > 0 else ""
            return f"not a readable CSV: {why}{after}", row
        if self.ragged_count:
            shown = ", ".join(f"row {n} has {_fields(k)}" for n, k in self.ragged)
            more = self.ragged_count - len(self.ragged)
            extra = f" and {more} more" if more > 0 else ""
            footer = ""
            if self.other_header is not None:
                row, table = self.other_header
                footer = (
                    f": row {row} is the header of {table}, another table: a file holds one "
                    "table; save each as a file of its own"
                )
            elif self.ragged_count == 1 and self.ragged[0][0] == self.rows:
                footer = (
                    ": it is the last row, as a report's footer is (a total, the date it ran?): "
                    "delete it and land the file again"
                )
            return (
                f"ragged rows: the header has {self.width} columns but {shown}{extra}{footer}",
                self.ragged[0][0],
            )
        if bad_byte:
            return undecodable(bad_byte), None
        return None


def _fields(count: int) -> str:
    return "1 field" if count == 1 else f"{count} fields"


def _first_mark(text: str) -> str | None:
    """The first character of `text` that marks a byte that does not decode."""
    return next((ch for ch in text if marked(ch)), None)


class Listing:
    """A CSV file's rows, read once, lazily; `faults` is complete once `rows()` is exhausted."""

    def __init__(self, path: Path, encoding: str = "utf-8", strip_nul: bool = False) -> None:
        self.path = path
        self.encoding = encoding
        self.strip_nul = strip_nul
        self.header: list[str] | None = None
        self.faults = Faults()

    def rows(self) -> Generator[Row]:
        with self.path.open("rb") as raw:
            # A UTF-8 byte order mark is dropped before the CSV reader sees it: after one, a
            # quoted first name ("CHILD") would otherwise be read as text holding quotes.
            utf8 = codecs.lookup(self.encoding).name == "utf-8"
            encoding = "utf-8-sig" if utf8 else self.encoding
            stream = io.TextIOWrapper(raw, encoding=encoding, errors=MARK, newline="")
            lines = _Lines(stream, self.strip_nul)
            reader = csv.reader(lines, strict=True)
            while True:
                lines.taken = []
                try:
                    fields = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    yield from self._unreadable(lines.taken, str(exc))
                    continue
                if not fields:
                    continue  # a blank line is not a row
                if self.header is None:
                    self._set_header(fields)
                    continue
                yield self._row(fields)

    def _set_header(self, fields: list[str]) -> None:
        self.header = fields
        self.faults.width = len(fields)
        names = [normalise_header(f) for f in fields]
        self.faults.names = [n if n in KNOWN_COLUMNS else "" for n in names]
        first = next((f for f in fields if marked(f)), None)
        self.faults.header_undecodable = first is not None
        self.faults.header_nul = first is not None and _first_mark(first) == NUL_MARK

    def _row(self, fields: list[str]) -> Row:
        self.faults.rows += 1
        number = self.faults.rows
        faults = self.faults
        fault = None
        bad = next((i for i, value in enumerate(fields) if marked(value)), None)
        if bad is not None:
            column = faults.column(bad)
            if faults.undecodable is None:
                faults.undecodable = (number, column, _first_mark(fields[bad]) == NUL_MARK)
            fault = f"column {column} holds a byte that does not decode"
            fields = [unmark(f) for f in fields]
        elif faults.width is not None and len(fields) == 1 and not fields[0].strip(BLANK):
            # A line of nothing but spaces (or a lone pair of quotes, or the end-of-file mark)
            # is a row with no record, as a line of commas is: it is read as a row of empty
            # fields, which landing lists as a blank row, rather than as a short row that
            # rejects the whole file.
            fields = fields + [""] * (faults.width - 1)
        elif faults.width is not None and len(fields) != faults.width:
            faults.ragged_count += 1
            if len(faults.ragged) < SHOWN:
                faults.ragged.append((number, len(fields)))
            if faults.other_header is None:
                table = HEADERS_OF_TABLES.get(frozenset(normalise_header(f) for f in fields))
                faults.other_header = (number, table) if table else None
            fault = f"row has {_fields(len(fields))}, the header {faults.width}"
        return Row(number, fields, fault)

    def _unreadable(self, taken: list[str], error: str) -> Iterator[Row]:
        """The lines of a record the CSV reader could not read, each listed as a row."""
        lines = [line for line in taken if line.strip("\r\n")]
        if not lines:
            return
        column, why = quote_fault("".join(lines))
        if self.header is None:  # the header itself: the lines after it are rows
            self.header = []
            self.faults.unreadable = (0, f"the header row: {why or error}")
            lines = lines[1:]
        first = self.faults.rows + 1
        for index, line in enumerate(lines):
            self.faults.rows += 1
            if index == 0 and self.faults.unreadable is None:
                where = f"row {self.faults.rows}, column {self.faults.column(column)}"
                self.faults.unreadable = (self.faults.rows, f"{where}: {why or error}")
            self.faults.unreadable_count += 1
            reason = (
                f"column {self.faults.column(column)}: {why or error}"
                if index == 0
                else f"read line by line: within row {first}, whose quoting fails"
            )
            yield Row(self.faults.rows, None, reason, unmark(line.rstrip("\r\n")))


@dataclass(frozen=True)
class Suspects:
    """What one pass over a file's bytes says it may hold, to be checked field by field."""

    non_records: bool  # a line of nothing but commas, quotes and spaces, the header again, a total
    reordered_header: bool  # a line holding the header's names in another order
    marks: frozenset[bytes] = frozenset()  # the marks asked for that appear after the header


def suspects(path: Path, columns: list[str], marks: Iterable[bytes] = ()) -> Suspects:
    """What the UTF-8 CSV at `path`, whose header names `columns` in order, may hold after its
    header line: a row that is no record (a line of nothing but commas, quotes and BLANK, the
    header again, or a report's total), the header again in another order (case, spaces and a
    byte order mark aside), and which of `marks` (lower-case bytes: a value that lands as sent
    but reads otherwise than it looks, such as the text null) appear. One pass over the bytes,
    which may find more than there is; the raw table, or the rows, are then checked field by
    field. Each pattern begins with the line end before a line (which the regular expression
    engine finds fast), and case is ignored by searching a lower-case copy."""
    wanted = frozenset(marks)
    names = [re.escape(c.lower().encode("utf-8")).replace(b"_", b"[_ ]+") for c in columns]
    header = [normalise_header(c) for c in columns]
    space = re.escape(BLANK.encode("ascii"))
    blank = re.compile(
        rb"\n(?:[" + space + rb'"]*,[' + space + rb'",]*|[' + space + rb'"]+)\r?(?=\n|\Z)'
    )
    # A line that begins with a column's name, a byte order mark allowed (two exports joined by
    # copying files end to end: the second header may keep its mark); read as CSV, it is the
    # header again if it holds the header's names, in order or not.
    named = re.compile(rb'\n((?:\xef\xbb\xbf)?[ \t"]*(?:' + b"|".join(names) + rb')[ \t"]*,[^\n]*)')
    # A report's total below its data ("Total,,,", "Grand total: 24,,,").
    total = re.compile(rb'\n[ \t"]*(?:grand[ \t]+)?totals?\b')
    found = Suspects(non_records=False, reordered_header=False)

    def headers(lower: bytes) -> tuple[bool, bool]:
        """(the header again in order, in another order) among the lines of `lower`."""
        again = reordered = False
        for match in named.finditer(lower):
            line = match.group(1).decode("utf-8", "replace").rstrip("\r")
            fields = [normalise_header(f) for f in next(csv.reader([line]), [])]
            if sorted(fields) == sorted(header):
                again, reordered = again or fields == header, reordered or fields != header
        return again, reordered

    def search(lines: bytes) -> Suspects:
        lines = b"\n" + lines  # every line, the first too, follows a line end
        lower = lines.lower()
        again, reordered = headers(lower)
        return Suspects(
            found.non_records or again or bool(blank.search(lines) or total.search(lower)),
            found.reordered_header or reordered,
            found.marks | {mark for mark in wanted - found.marks if mark in lower},
        )

    carry, header_line = b"", True
    with path.open("rb") as raw:
        while not (found.non_records and found.reordered_header and found.marks == wanted) and (
            chunk := raw.read(1 << 20)
        ):
            text = carry + chunk
            end = text.rfind(b"\n") + 1
            lines, carry = text[:end], text[end:]
            if header_line and end:
                lines, header_line = lines[lines.index(b"\n") + 1 :], False
            if not header_line:
                found = search(lines)
    return search(carry) if not header_line else found


def reordered_header(path: Path, header: list[str]) -> int | None:
    """The first data row of the UTF-8 CSV at `path` that holds the names of its `header` in
    another order (case, spaces and a byte order mark aside): two exports whose columns are in
    different orders joined into one file. The rows after it would land under the wrong
    columns."""
    names = [normalise_header(h) for h in header]
    for row in Listing(path).rows():
        if row.fields is not None and len(row.fields) == len(names):
            fields = [normalise_header(f) for f in row.fields]
            if fields != names and sorted(fields) == sorted(names):
                return row.number
    return None


def read_header(path: Path, encoding: str = "utf-8") -> tuple[list[str] | None, str | None]:
    """(header, None): the first non-blank record of a file; or (None, why there is none)."""
    listing = Listing(path, encoding)
    rows = listing.rows()
    next(rows, None)
    rows.close()
    if listing.faults.unreadable and listing.faults.unreadable[0] == 0:
        return None, f"not a readable CSV: {listing.faults.unreadable[1]}"
    if listing.header is None or not any(h.strip() for h in listing.header):
        return None, "empty file: no header row"
    return listing.header, None


def first_rows(path: Path, count: int) -> Iterator[Row]:
    """The first `count` rows after a file's first record (its header, or what stands for it)."""
    rows = Listing(path).rows()
    try:
        yield from islice(rows, count)
    finally:
        rows.close()
