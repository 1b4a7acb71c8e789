"""Write a 903 return as files: one CSV per table, or one EXPSSDA903 XML document.

Rows are dicts keyed by DfE column names holding the values as the return carries them
(dates dd/mm/yyyy); None and '' are both written as a blank.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

from lxml import etree

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


def _cell(value: str | None) -> str:
    return "" if value is None else value


def write_csv_set(out_dir: Path, tables: Tables, year: str) -> list[Path]:
    """One CSV per table that exists in `year`: DfE header and column order, UTF-8, CRLF-free."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        if not table.exists_in(year):
            continue
        path = out_dir / table.file_name
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(table.columns)
            for row in tables.get(table.name, ()):
                writer.writerow([_cell(row.get(c)) for c in table.columns])
        written.append(path)
    return written


def _item(parent: etree._Element, name: str, value: str | None) -> None:
    if value or name in REQUIRED_ELEMENTS:
        etree.SubElement(parent, name).text = _cell(value)


def _group(parent: etree._Element, name: str, items: Sequence[tuple[str, str]], row: Row) -> None:
    group = etree.SubElement(parent, name)
    for element, column in items:
        _item(group, element, row.get(column))


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


def write_xml(path: Path, tables: Tables, year: str) -> Path:
    """One EXPSSDA903 document: a CHILD per Header row, everything else nested under it.

    Rows it cannot hold (see `unplaced_in_xml`) are left out; callers report them.
    """
    by_child: dict[str, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
    for name, rows in tables.items():
        if name != "header":
            for row in rows:
                by_child[_cell(row.get("CHILD"))][name].append(row)
    root = etree.Element("EXPSSDA903")
    written: set[str] = set()
    for header in tables.get("header", ()):
        child_id = _cell(header.get("CHILD"))
        # A child's rows are nested once, under the first of any duplicate Header rows.
        mine = by_child.get(child_id, {}) if child_id not in written else {}
        mine = {t: rows[:1] if t in ONCE_PER_CHILD else rows for t, rows in mine.items()}
        written.add(child_id)
        single = {t: (mine.get(t) or [{}])[0] for t in ("uasc", "ad1", "oc3")}
        child = etree.SubElement(root, "CHILD")
        head = etree.SubElement(child, "HEADER")
        for element, table, column in HEADER_ITEMS:
            if table == "header" and column == "UASC":
                value = header.get("UASC") or ("1" if mine.get("uasc") else "0")
                _item(head, element, value)
            elif table == "header":
                _item(head, element, header.get(column))
            elif single[table]:
                _item(head, element, single[table].get(column))
        for name, table, columns in HEADER_GROUPS_BEFORE_MOTHER:
            for row in mine.get(table, ()):
                _group(head, name, [(c, c) for c in columns], row)
        for element in MOTHER_ITEMS:
            _item(head, element, header.get(element))
        for name, table, columns in HEADER_GROUPS_AFTER_MOTHER:
            for row in mine.get(table, ()):
                _group(head, name, [(c, c) for c in columns], row)
        for name, table, items in CHILD_GROUPS:
            if TABLES_BY_NAME[table].exists_in(year):
                for row in mine.get(table, ()):
                    _group(child, name, items, row)
    path.parent.mkdir(parents=True, exist_ok=True)
    etree.ElementTree(root).write(
        str(path), encoding="UTF-8", xml_declaration=True, pretty_print=True
    )
    return path
