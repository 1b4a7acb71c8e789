"""Read an EXPSSDA903 XML file into the rows of the 903 tables it nests.

The parser trusts nothing in the document: a DOCTYPE is refused before parsing (it is how
entity expansion ("billion laughs"), external entities (XXE, reading /etc/passwd) and external
DTDs arrive; an EXPSSDA903 file has none), entities are never resolved, nothing is fetched from
the network, and libxml2's limits stay on (elements nested at most 256 deep, a text node at most
10 MB: a 903 value is a few characters, a whole LA's file parses well within them). Why a
document is not well-formed is said in our words, from libxml2's error code, at its line and
column: libxml2's own messages quote names and bytes from the document, which may be values.
"""

from __future__ import annotations

import re

from lxml import etree

from cic.land.csv_file import ParsedFile, Record
from cic.land.errors import RejectedFile
from cic.ssda903 import TABLES_BY_NAME
from cic.xml903 import CHILD_GROUPS, HEADER_GROUPS, HEADER_ITEMS, MOTHER_ITEMS, XML_TABLES

_PROLOG = re.compile(
    r"\A\ufeff?\s*(?:<\?xml.*?\?>\s*)?(?:(?:<!--.*?-->|<\?.*?\?>)\s*)*<!DOCTYPE", re.DOTALL
)
DOCTYPE = (
    "the XML has a DOCTYPE (a document type declaration, which can define entities or load an "
    "external file): an EXPSSDA903 file has none, so this one is not read"
)
_ERRORS = etree.ErrorTypes
_NOT_WELL_FORMED: dict[int, str] = {
    _ERRORS.ERR_DOCUMENT_EMPTY: "no element where the document should start",
    _ERRORS.ERR_DOCUMENT_START: "no element where the document should start",
    _ERRORS.ERR_DOCUMENT_END: "more content after the end of the root element",
    _ERRORS.ERR_TAG_NAME_MISMATCH: "an end tag does not match the element it closes",
    _ERRORS.ERR_TAG_NOT_FINISHED: "the document ends inside an element (is it cut short?)",
    _ERRORS.ERR_LTSLASH_REQUIRED: "an element is not closed",
    _ERRORS.ERR_UNDECLARED_ENTITY: "an & that is not written &amp;",
    _ERRORS.ERR_NAME_REQUIRED: "an & or < that is not written &amp; or &lt;",
    _ERRORS.ERR_ENTITYREF_SEMICOL_MISSING: "an & that is not written &amp;",
    _ERRORS.ERR_INVALID_CHAR: "a character XML does not allow (a control character)",
    _ERRORS.ERR_INVALID_CHARREF: "a character reference to a character XML does not allow",
    _ERRORS.ERR_INVALID_DEC_CHARREF: "a malformed character reference",
    _ERRORS.ERR_INVALID_HEX_CHARREF: "a malformed character reference",
    _ERRORS.ERR_INVALID_ENCODING: "a byte that is not valid in the document's encoding",
    _ERRORS.ERR_UNKNOWN_ENCODING: "the XML declaration names an encoding that is not known",
    _ERRORS.ERR_UNSUPPORTED_ENCODING: "the XML declaration names an encoding that is not known",
    _ERRORS.ERR_RESOURCE_LIMIT: (
        "beyond the parser's limits (elements nested over 256 deep, or a text over 10 MB): "
        "no 903 file comes near them"
    ),
    _ERRORS.ERR_ENTITY_LOOP: "entities that expand without end",
    _ERRORS.ERR_LT_IN_ATTRIBUTE: "an attribute holding a <",
    _ERRORS.ERR_GT_REQUIRED: "a tag that is not closed by >",
    _ERRORS.ERR_ATTRIBUTE_NOT_STARTED: "a malformed attribute",
    _ERRORS.ERR_ATTRIBUTE_REDEFINED: "an attribute given twice",
    _ERRORS.ERR_STRING_NOT_CLOSED: "a quoted string that is never closed",
    _ERRORS.ERR_COMMENT_NOT_FINISHED: "a comment that is never closed",
    _ERRORS.ERR_CDATA_NOT_FINISHED: "a CDATA section that is never closed",
    _ERRORS.ERR_PI_NOT_FINISHED: "a processing instruction that is never closed",
}
_ERROR_NAMES = {code: name for name, code in vars(_ERRORS).items() if isinstance(code, int)}
_HEADER_ELEMENTS = {e for e, _, _ in HEADER_ITEMS} | set(MOTHER_ITEMS)
_HEADER_GROUP_NAMES = {g for g, _, _ in HEADER_GROUPS}
_CHILD_GROUP_NAMES = {g for g, _, _ in CHILD_GROUPS}


def _text(element: etree._Element) -> str:
    """An item's whole text. Comments and processing instructions inside it are left out and
    the text around them joined (`<DOB>01/02/<!-- -->2010</DOB>` is 01/02/2010); an element
    inside it rejects the file: a 903 item holds text alone, and which part is its value
    cannot be told."""
    parts = [element.text or ""]
    for inner in element:
        if isinstance(inner.tag, str):
            raise RejectedFile(
                f"element <{inner.tag}> inside the value of <{element.tag}> at line "
                f"{inner.sourceline}: a 903 item holds text only",
                row=inner.sourceline,
            )
        parts.append(inner.tail or "")
    return "".join(parts)


def _once(element: etree._Element, parent: etree._Element, seen: set[str]) -> None:
    """Reject an item given twice in one record: which of its values holds cannot be told."""
    if element.tag in seen:
        raise RejectedFile(
            f"<{element.tag}> given twice in the <{parent.tag}> at line {parent.sourceline} "
            f"(again at line {element.sourceline})",
            row=element.sourceline,
        )
    seen.add(str(element.tag))


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
    seen: set[str] = set()
    for item in group:
        if not isinstance(item.tag, str):
            continue  # comments and processing instructions
        if item.tag not in known:
            raise _unexpected(item, group.tag)
        _once(item, group, seen)
        row[known[item.tag].lower()] = _text(item)
    return row


def _child_rows(child: etree._Element, out: dict[str, list[Record]]) -> None:
    header = child.find("HEADER")
    if header is None:
        raise RejectedFile(f"<CHILD> at line {child.sourceline} has no <HEADER>", child.sourceline)
    values: dict[str, str] = {}
    seen: set[str] = set()
    for element in header:
        if isinstance(element.tag, str) and element.tag in _HEADER_ELEMENTS:
            _once(element, header, seen)
            values[element.tag] = _text(element)
    child_id, dob, sex = values.get("CHILDID", ""), values.get("DOB", ""), values.get("SEX", "")
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
    out["header"].append(header_row)
    # Single-occurrence tables folded into HEADER: a row exists when any of its items has text.
    for table in ("uasc", "ad1", "oc3"):
        items = [(e, c) for e, t, c in HEADER_ITEMS if t == table]
        if any(values.get(e, "").strip() for e, _ in items):
            row: Record = {"child": child_id, "dob": dob}
            if table == "uasc":
                row["sex"] = sex
            row |= {c.lower(): values.get(e, "") for e, c in items}
            out[table].append(row)
    for element in header:
        if not isinstance(element.tag, str) or element.tag in _HEADER_ELEMENTS:
            continue
        if element.tag not in _HEADER_GROUP_NAMES:
            raise _unexpected(element, "HEADER")
        for name, table, columns in HEADER_GROUPS:
            if element.tag == name:
                same_names = tuple((c, c) for c in columns)
                out[table].append(_group_row(element, same_names, child_id, dob))
    for element in child:
        if not isinstance(element.tag, str) or element is header:
            continue
        if element.tag == "HEADER":
            raise RejectedFile(
                f"a second <HEADER> in the <CHILD> at line {child.sourceline} (at line "
                f"{element.sourceline}): a child has one",
                row=element.sourceline,
            )
        if element.tag not in _CHILD_GROUP_NAMES:
            raise _unexpected(element, "CHILD")
        for name, table, group_items in CHILD_GROUPS:
            if element.tag == name:
                row = _group_row(element, group_items, child_id, dob)
                if table == "episodes":
                    row.pop("dob")
                out[table].append(row)


def _head_text(data: bytes) -> str:
    """The start of the document as text, enough to read its prolog."""
    head = data[:65536]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace")
    if head[:2] in (b"<\x00", b"\x00<"):
        return head.decode("utf-16-le" if head[0] else "utf-16-be", errors="replace")
    return head.decode("latin-1")


def not_well_formed(exc: etree.XMLSyntaxError, data: bytes) -> RejectedFile:
    """Why a document does not parse, at its line and column, never quoting it."""
    code = exc.code or 0
    why = _NOT_WELL_FORMED.get(code) or f"libxml2 error {_ERROR_NAMES.get(code, code)}"
    line, column = exc.position if exc.position else (0, 0)
    text = data.rstrip(b" \t\r\n")
    last_line, last_width = text.count(b"\n") + 1, len(text) - text.rfind(b"\n") - 1
    if line >= last_line and column > last_width:  # at the very end, whatever libxml2 says
        why = "the document ends inside an element (is it cut short?)"
    where = f" at line {line}, column {column}" if line else ""
    return RejectedFile(f"not well-formed XML{where}: {why}", row=line or None)


def parse_xml(data: bytes) -> ParsedFile:
    """Parse an EXPSSDA903 document. A table's rows are numbered 1, 2 ... in document order
    (the third <EPISODE> of the file is the Episodes table's row 3): a line number would not
    tell rows apart, as a file written without line breaks has every record on line 1."""
    if _PROLOG.match(_head_text(data)):
        raise RejectedFile(DOCTYPE)
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise not_well_formed(exc, data) from exc
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise RejectedFile(DOCTYPE)
    if root.tag != "EXPSSDA903":
        raise RejectedFile(f"XML root is <{root.tag}>, not <EXPSSDA903>")
    out: dict[str, list[Record]] = {t: [] for t in XML_TABLES}
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
        for row in rows:
            for column in columns:
                row.setdefault(column, "")
    return ParsedFile({table: list(enumerate(rows, start=1)) for table, rows in out.items()})
