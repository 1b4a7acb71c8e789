"""DfE's XML schema for the return, as the export checks its documents against it.

The schema is `contracts/xsd/ssda903_CLA_v3.3.0.xsd` (its source and licence are in the README
beside it), read once and adapted in memory:

- its value facets (code lists, patterns, lengths) are left out. They are 2021's and do not
  hold for later years, and the export writes invalid codes and dates as they were landed, on
  purpose, so that DfE's rules report them; the year's code lists are the validation rules' and
  the submission gate's business. What is checked is the document's structure: element names,
  nesting, order, required elements, and how many of a group a child may have.
- the groups the return gained after 2021 (SWEPISODE, DOLO) are declared after EPISODE, their
  items in the order `contracts/ssda903.yml` gives, required where it says so.

A failure is described by what is wrong with which element, never by libxml2's message, which
quotes values.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lxml import etree

from cic.paths import PROJECT_ROOT
from cic.xml903 import CHILD_GROUPS, REQUIRED_ELEMENTS

SCHEMA_FILE = PROJECT_ROOT / "contracts" / "xsd" / "ssda903_CLA_v3.3.0.xsd"
XS = "http://www.w3.org/2001/XMLSchema"
VALUE_FACETS = ("enumeration", "pattern", "length", "minLength", "maxLength")


class SchemaMissing(RuntimeError):
    """The schema file cannot be read: the export cannot check itself, so writes nothing."""


def _xs(name: str) -> str:
    return f"{{{XS}}}{name}"


@cache
def structure_schema(path: Path = SCHEMA_FILE) -> etree.XMLSchema:
    """DfE's schema without its value facets, with the groups added since 2021."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        document = etree.parse(str(path), parser)
    except (OSError, etree.XMLSyntaxError) as exc:
        raise SchemaMissing(f"cannot read DfE's XML schema {path}: {exc}") from exc
    for facet in VALUE_FACETS:
        for node in list(document.iter(_xs(facet))):
            parent = node.getparent()
            if parent is not None:
                parent.remove(node)
    child = document.find(f".//{_xs('element')}[@name='CHILD']/{_xs('complexType')}")
    sequence = None if child is None else child.find(_xs("sequence"))
    if sequence is None:
        raise SchemaMissing(f"DfE's XML schema {path} declares no CHILD sequence")
    declared = {e.get("name") for e in sequence.findall(_xs("element"))}
    for element, _, items in CHILD_GROUPS:
        if element in declared:
            continue
        group = etree.SubElement(
            sequence, _xs("element"), name=element, minOccurs="0", maxOccurs="unbounded"
        )
        inner = etree.SubElement(etree.SubElement(group, _xs("complexType")), _xs("sequence"))
        for item, _ in items:
            etree.SubElement(
                inner,
                _xs("element"),
                name=item,
                type="xs:string",
                minOccurs="1" if item in REQUIRED_ELEMENTS else "0",
            )
    try:
        return etree.XMLSchema(document)
    except etree.XMLSchemaParseError as exc:
        raise SchemaMissing(f"DfE's XML schema {path} is not a valid schema: {exc}") from exc


@dataclass(frozen=True)
class Failure:
    """One place where a document does not follow the schema: the element, and what is wrong."""

    element: etree._Element | None
    problem: str


def _problem(tag: str, message: str, type_name: str) -> str:
    """What is wrong, from libxml2's message, in words of our own that quote nothing."""
    if "not expected" in message:
        return (
            f"<{tag}> is not expected there: out of the schema's order, or more of them than "
            "the schema allows"
        )
    if "Missing child element" in message:
        return f"<{tag}> lacks an element the schema requires"
    if "not a valid value" in message or "facet" in message:
        return f"<{tag}> holds a value the schema does not allow"
    return f"<{tag}> does not follow the schema ({type_name})"


def failures(root: etree._Element) -> list[Failure]:
    """Where `root` does not follow the schema; empty when it does."""
    schema = structure_schema()
    if schema.validate(root):
        return []
    tree = root.getroottree()
    out = []
    for entry in schema.error_log:
        found = tree.xpath(entry.path) if entry.path else []
        element = found[0] if isinstance(found, list) and found else None
        tag = element.tag if isinstance(element, etree._Element) else "?"
        node = element if isinstance(element, etree._Element) else None
        out.append(Failure(node, _problem(str(tag), entry.message, entry.type_name)))
    return out
