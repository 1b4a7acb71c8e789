"""Read an EXPSSDA903 XML file into the rows of the 903 tables it nests."""

from __future__ import annotations

from lxml import etree

from cic.land.csv_file import ParsedFile, Record
from cic.land.errors import RejectedFile
from cic.ssda903 import TABLES_BY_NAME
from cic.xml903 import CHILD_GROUPS, HEADER_GROUPS, HEADER_ITEMS, MOTHER_ITEMS, XML_TABLES

_HEADER_ELEMENTS = {e for e, _, _ in HEADER_ITEMS} | set(MOTHER_ITEMS)
_HEADER_GROUP_NAMES = {g for g, _, _ in HEADER_GROUPS}
_CHILD_GROUP_NAMES = {g for g, _, _ in CHILD_GROUPS}


def _text(element: etree._Element | None) -> str:
    return "" if element is None or element.text is None else element.text


def _unexpected(element: etree._Element, parent: str) -> RejectedFile:
    return RejectedFile(
        f"unexpected element <{element.tag}> in <{parent}> at line {element.sourceline}",
        row=element.sourceline,
    )


def _group_row(
    group: etree._Element, items: tuple[tuple[str, str], ...], child: str, dob: str
) -> Record:
    known = dict(items)
    row: Record = {"child": child, "dob": dob}
    for item in group:
        if not isinstance(item.tag, str):
            continue  # comments and processing instructions
        if item.tag not in known:
            raise _unexpected(item, group.tag)
        row[known[item.tag].lower()] = _text(item)
    return row


def _child_rows(child: etree._Element, out: dict[str, list[tuple[int, Record]]]) -> None:
    header = child.find("HEADER")
    if header is None:
        raise RejectedFile(f"<CHILD> at line {child.sourceline} has no <HEADER>", child.sourceline)
    values = {e.tag: _text(e) for e in header if e.tag in _HEADER_ELEMENTS}
    child_id, dob, sex = values.get("CHILDID", ""), values.get("DOB", ""), values.get("SEX", "")
    line = header.sourceline or 0
    header_row: Record = {c.lower(): "" for c in TABLES_BY_NAME["header"].columns}
    header_row |= {
        "child": child_id,
        "sex": sex,
        "dob": dob,
        "ethnic": values.get("ETHNIC", ""),
        "upn": values.get("UPN", ""),
        "mother": values.get("MOTHER", ""),
        "mc_dob": values.get("MC_DOB", ""),
        "uasc": values.get("UASC", ""),
    }
    out["header"].append((line, header_row))
    # Single-occurrence tables folded into HEADER: a row exists when any of its items has text.
    for table in ("uasc", "ad1", "oc3"):
        items = [(e, c) for e, t, c in HEADER_ITEMS if t == table]
        if any(values.get(e, "").strip() for e, _ in items):
            row: Record = {"child": child_id, "dob": dob}
            if table == "uasc":
                row["sex"] = sex
            row |= {c.lower(): values.get(e, "") for e, c in items}
            out[table].append((line, row))
    for element in header:
        if not isinstance(element.tag, str) or element.tag in _HEADER_ELEMENTS:
            continue
        if element.tag not in _HEADER_GROUP_NAMES:
            raise _unexpected(element, "HEADER")
        for name, table, columns in HEADER_GROUPS:
            if element.tag == name:
                same_names = tuple((c, c) for c in columns)
                out[table].append(
                    (element.sourceline or line, _group_row(element, same_names, child_id, dob))
                )
    for element in child:
        if not isinstance(element.tag, str) or element.tag == "HEADER":
            continue
        if element.tag not in _CHILD_GROUP_NAMES:
            raise _unexpected(element, "CHILD")
        for name, table, group_items in CHILD_GROUPS:
            if element.tag == name:
                row = _group_row(element, group_items, child_id, dob)
                if table == "episodes":
                    row.pop("dob")
                out[table].append((element.sourceline or line, row))


def parse_xml(data: bytes) -> ParsedFile:
    """Parse an EXPSSDA903 document. Rows are numbered by the line of their element."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if exc.lineno else None
        raise RejectedFile(f"not well-formed XML: {exc.msg}", row=line) from exc
    if root.tag != "EXPSSDA903":
        raise RejectedFile(f"XML root is <{root.tag}>, not <EXPSSDA903>")
    out: dict[str, list[tuple[int, Record]]] = {t: [] for t in XML_TABLES}
    for child in root:
        if not isinstance(child.tag, str):
            continue
        if child.tag != "CHILD":
            raise _unexpected(child, "EXPSSDA903")
        _child_rows(child, out)
    # Every table's row carries all its columns, blank where the XML had no element.
    for table, rows in out.items():
        columns = [c.lower() for c in TABLES_BY_NAME[table].columns]
        if table == "header":
            columns.append("uasc")
        for _, row in rows:
            for column in columns:
                row.setdefault(column, "")
    return ParsedFile(out)
