"""Write a 903 return as files: one CSV per table, or one EXPSSDA903 XML document.

Rows are dicts keyed by DfE column names holding the values as the return carries them
(dates dd/mm/yyyy); None and '' are both written as a blank. A row may also carry where it was
landed from (`_source_file`, `_source_row`), which problems name.

Nothing is written half: each file is written to a temporary file beside its final name and
renamed into place once every file of the export is complete, so a failed export (a full disk,
a folder that cannot be written) leaves the folder as it was. An XML document is checked before
a byte is written: every value must be one XML can hold, and the document must follow DfE's
schema (cic.export.schema); otherwise nothing is written and each problem names its table, row
and column, never the value.
"""

from __future__ import annotations

import csv
import errno
import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from lxml import etree

from cic.export.schema import failures
from cic.land.names import printable
from cic.ssda903 import TABLES, TABLES_BY_NAME
from cic.xml903 import (
    CHILD_GROUPS,
    HEADER_GROUPS_AFTER_MOTHER,
    HEADER_GROUPS_BEFORE_MOTHER,
    HEADER_ITEMS,
    MOTHER_ITEMS,
    ONCE_PER_CHILD,
    REQUIRED_ELEMENTS,
)

Row = Mapping[str, str | None]
Tables = Mapping[str, Sequence[Row]]
SHOWN = 20  # problems listed one by one; the rest are counted
# Characters XML 1.0 cannot hold, even escaped: control characters other than tab and line ends,
# lone surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class ExportError(RuntimeError):
    """An export that wrote nothing."""


class OutputError(ExportError):
    """The folder to write to cannot be made or written (`cic export` exits 2)."""


class UnwritableReturn(ExportError):
    """The return cannot be written as a valid document (`cic export` exits 1): `problems`
    names each place by table, row and column, never the value."""

    def __init__(self, problems: list[str]) -> None:
        shown = problems[:SHOWN]
        more = len(problems) - len(shown)
        super().__init__("; ".join(shown) + (f"; and {more} more" if more > 0 else ""))
        self.problems = problems


def _output_error(folder: Path, exc: OSError) -> OutputError:
    """What is wrong with the folder to write to, in words."""
    where = printable(str(folder))
    culprit = printable(str(exc.filename)) if exc.filename else where
    if exc.errno in (errno.EEXIST, errno.ENOTDIR):
        return OutputError(f"cannot write to {where}: {culprit} is a file, not a folder")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputError(f"cannot write to {where}: permission denied ({culprit})")
    if exc.errno == errno.ENOENT:
        return OutputError(f"cannot write to {where}: a folder above it cannot be created")
    return OutputError(f"cannot write to {where}: {exc.strerror or exc}")


def prepare_folder(folder: Path) -> None:
    """Make `folder` (and any missing parents); OutputError if it cannot be made."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _output_error(folder, exc) from exc


@dataclass
class _Staged:
    """Files written under temporary names in one folder, renamed into place together."""

    folder: Path
    files: list[tuple[Path, Path]] = field(default_factory=list)  # (temporary, final)

    @contextmanager
    def open(self, name: str, binary: bool = False) -> Iterator[IO[Any]]:
        """A new file, readable by its owner only (mkstemp), to become `name`."""
        descriptor, temporary = tempfile.mkstemp(
            dir=self.folder, prefix=f".{name}.", suffix=".partial"
        )
        self.files.append((Path(temporary), self.folder / name))
        handle = (
            os.fdopen(descriptor, "wb")
            if binary
            else os.fdopen(descriptor, "w", encoding="utf-8", newline="")
        )
        with handle:
            yield handle

    def discard(self) -> None:
        for temporary, _ in self.files:
            temporary.unlink(missing_ok=True)

    def commit(self) -> list[Path]:
        for temporary, final in self.files:
            temporary.replace(final)
        return [final for _, final in self.files]


def _write_staged(folder: Path, write: Callable[[_Staged], None]) -> list[Path]:
    """Run `write` on a fresh set of staged files in `folder`; rename them into place if it
    finishes, remove them if anything fails (OutputError, or the error itself)."""
    prepare_folder(folder)
    staged = _Staged(folder)
    try:
        write(staged)
        return staged.commit()
    except OSError as exc:
        raise _output_error(folder, exc) from exc
    finally:
        staged.discard()


def _cell(value: str | None) -> str:
    return "" if value is None else value


def write_csv_set(out_dir: Path, tables: Tables, year: str) -> list[Path]:
    """One CSV per table that exists in `year`: DfE header and column order, UTF-8, LF line
    ends. All are written, or none (OutputError)."""

    def write(staged: _Staged) -> None:
        for table in TABLES:
            if not table.exists_in(year):
                continue
            with staged.open(table.file_name) as handle:
                writer = csv.writer(handle, lineterminator="\n")
                writer.writerow(table.columns)
                for row in tables.get(table.name, ()):
                    writer.writerow([_cell(row.get(c)) for c in table.columns])

    return _write_staged(out_dir, write)


def unplaced_in_xml(tables: Tables) -> dict[str, int]:
    """Rows the XML cannot hold: rows whose CHILD has no Header row, and rows beyond the first
    per child of the tables the schema holds once per child."""
    children = {_cell(r.get("CHILD")) for r in tables.get("header", ())}
    counts: dict[str, int] = {}
    for name, rows in tables.items():
        if name == "header":
            continue
        seen: set[str] = set()
        lost = 0
        for row in rows:
            child = _cell(row.get("CHILD"))
            if child not in children or (name in ONCE_PER_CHILD and child in seen):
                lost += 1
            seen.add(child)
        if lost:
            counts[name] = lost
    return counts


# Where each element comes from: an item directly in HEADER -> (table, column); a group's element
# -> (table, {item element: column}).
_HEADER_ITEM_PLACES = {element: (table, column) for element, table, column in HEADER_ITEMS} | {
    element: ("header", element) for element in MOTHER_ITEMS
}
_GROUP_PLACES = {
    name: (table, dict((c, c) for c in columns))
    for name, table, columns in HEADER_GROUPS_BEFORE_MOTHER + HEADER_GROUPS_AFTER_MOTHER
} | {name: (table, dict(items)) for name, table, items in CHILD_GROUPS}


class _Document:
    """An EXPSSDA903 document being built: a CHILD per Header row, everything else nested under
    it; remembering which rows each CHILD holds, to name the row behind any element, and the
    values it could not write."""

    def __init__(self, tables: Tables, year: str) -> None:
        self.tables = tables
        self.year = year
        self.problems: list[str] = []
        self.placed: list[dict[str, list[int]]] = []  # per CHILD: table -> row indexes

    def where(self, table: str, index: int, column: str | None = None) -> str:
        """A row as problems name it: table, 1-based row of the export, where it was landed
        from, and the column."""
        row = self.tables[table][index]
        source = row.get("_source_file")
        landed = f" ({printable(str(source))}, row {row.get('_source_row')})" if source else ""
        return f"table {table}, row {index + 1}{landed}" + (f", column {column}" if column else "")

    def item(
        self, parent: etree._Element, name: str, value: str | None, place: tuple[str, int, str]
    ) -> None:
        if value and _NOT_XML.search(value):
            self.problems.append(
                f"{self.where(*place)}: holds a character XML cannot hold (a control character)"
            )
            value = ""
        if value or name in REQUIRED_ELEMENTS:
            etree.SubElement(parent, name).text = _cell(value)

    def group(
        self,
        parent: etree._Element,
        name: str,
        items: Sequence[tuple[str, str]],
        table: str,
        index: int,
    ) -> None:
        group = etree.SubElement(parent, name)
        row = self.tables[table][index]
        for element, column in items:
            self.item(group, element, row.get(column), (table, index, column))

    def build(self) -> etree._Element:
        by_child: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        for name, rows in self.tables.items():
            if name != "header":
                for index, row in enumerate(rows):
                    by_child[_cell(row.get("CHILD"))][name].append(index)
        root = etree.Element("EXPSSDA903")
        written: set[str] = set()
        for at, header in enumerate(self.tables.get("header", ())):
            child_id = _cell(header.get("CHILD"))
            # A child's rows are nested once, under the first of any duplicate Header rows.
            mine = dict(by_child.get(child_id, {})) if child_id not in written else {}
            mine = {t: rows[:1] if t in ONCE_PER_CHILD else rows for t, rows in mine.items()}
            written.add(child_id)
            self.placed.append({"header": [at], **mine})
            child = etree.SubElement(root, "CHILD")
            head = etree.SubElement(child, "HEADER")
            for element, table, column in HEADER_ITEMS:
                if table == "header" and column == "UASC":
                    value = header.get("UASC") or ("1" if mine.get("uasc") else "0")
                    self.item(head, element, value, ("header", at, column))
                elif table == "header":
                    self.item(head, element, header.get(column), ("header", at, column))
                elif mine.get(table):
                    index = mine[table][0]
                    folded = self.tables[table][index].get(column)
                    self.item(head, element, folded, (table, index, column))
            for name, table, columns in HEADER_GROUPS_BEFORE_MOTHER:
                for index in mine.get(table, ()):
                    self.group(head, name, [(c, c) for c in columns], table, index)
            for element in MOTHER_ITEMS:
                self.item(head, element, header.get(element), ("header", at, element))
            for name, table, columns in HEADER_GROUPS_AFTER_MOTHER:
                for index in mine.get(table, ()):
                    self.group(head, name, [(c, c) for c in columns], table, index)
            for name, table, items in CHILD_GROUPS:
                if TABLES_BY_NAME[table].exists_in(self.year):
                    for index in mine.get(table, ()):
                        self.group(child, name, items, table, index)
        return root

    def locate(self, element: etree._Element | None) -> str:
        """The table, row and column behind an element of the document built."""
        chain: list[etree._Element] = []
        node = element
        while node is not None and node.tag != "CHILD":
            chain.append(node)
            node = node.getparent()
        if node is None:
            return "the document"
        position = sum(1 for _ in node.itersiblings("CHILD", preceding=True))
        path = chain[::-1]  # from the element under CHILD down to the element itself
        try:
            placed = self.placed[position]
            if path and path[0].tag == "HEADER":
                path = path[1:]
                if path and path[0].tag in _HEADER_ITEM_PLACES:
                    table, column = _HEADER_ITEM_PLACES[str(path[0].tag)]
                    return self.where(table, placed[table][0], column)
            if not path:  # CHILD or HEADER itself
                return self.where("header", placed["header"][0])
            group = path[0]
            table, columns = _GROUP_PLACES[str(group.tag)]
            nth = sum(1 for _ in group.itersiblings(group.tag, preceding=True))
            item = columns.get(str(path[1].tag)) if len(path) > 1 else None
            return self.where(table, placed[table][nth], item)
        except (IndexError, KeyError):
            return f"CHILD {position + 1} of the document"


def write_xml(path: Path, tables: Tables, year: str) -> Path:
    """One EXPSSDA903 document: a CHILD per Header row, everything else nested under it.

    Rows it cannot hold (see `unplaced_in_xml`) are left out; callers report them. Before
    anything is written, every value is checked to be one XML can hold and the document to
    follow DfE's schema: otherwise UnwritableReturn, naming each table, row and column.
    """
    document = _Document(tables, year)
    root = document.build()
    problems = list(document.problems)
    for failure in failures(root):
        problem = f"{document.locate(failure.element)}: {failure.problem}"
        if problem not in problems:
            problems.append(problem)
    if problems:
        raise UnwritableReturn(problems)

    def write(staged: _Staged) -> None:
        with staged.open(path.name, binary=True) as handle:
            etree.ElementTree(root).write(
                handle, encoding="UTF-8", xml_declaration=True, pretty_print=True
            )

    _write_staged(path.parent, write)
    return path
