"""The EXPSSDA903 XML layout: which element holds which 903 table and column.

The layout is declared with the tables in `contracts/ssda903.yml` (its `xml` entries): a CHILD
per child holds a HEADER, with the Header's items, the items of the tables folded into it
(UASC, AD1, OC3) and the repeated groups placed in it (AMISSING, AREVIEW, PERMANENCE, OC2,
AD_PLACED); then, under CHILD, the groups of the other tables (EPISODE, SWEPISODE, DOLO). This
module turns that into the constants the XML reader (`cic.land.xml_file`) and writer
(`cic.export.files`) use.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cic.contracts import ContractError, Ssda903Return, ssda903
from cic.paths import PROJECT_ROOT


@dataclass(frozen=True)
class HeaderItem:
    """An element directly in HEADER holding a column of a table held once per child."""

    element: str
    table: str
    column: str  # DfE name


@dataclass(frozen=True)
class Group:
    """A repeated element holding one row of a table: its items as (element, DfE column)."""

    element: str
    table: str
    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Layout:
    """The whole document: HEADER's children in schema order, then the groups under CHILD."""

    header: tuple[HeaderItem | Group, ...]
    child_groups: tuple[Group, ...]
    once_per_child: tuple[str, ...]  # tables with at most one row per child in the XML
    required: frozenset[str]  # elements written even when blank
    tables: tuple[str, ...]  # every table the XML delivers


def _group(declared: Ssda903Return, table_name: str) -> Group:
    table = declared.table(table_name)
    items = tuple((table.column(name).xml_element, name) for name in table.xml.order)
    return Group(table.xml.group, table.name, items)


def layout(root: Path = PROJECT_ROOT) -> Layout:
    """The XML layout that `contracts/ssda903.yml` in the project at `root` declares."""
    declared = ssda903(root)
    items: dict[str, HeaderItem] = {}
    for table in declared.tables:
        if table.xml.fold:
            for name in table.xml.order:
                element = table.column(name).xml_element
                items[element] = HeaderItem(element, table.name, name)
    header_groups = {t.xml.group: t.name for t in declared.tables if not t.xml.fold}
    header: list[HeaderItem | Group] = []
    for element in declared.xml_header:
        if element in items:
            header.append(items.pop(element))
        elif element in header_groups:
            header.append(_group(declared, header_groups[element]))
        else:
            raise ContractError(f"xml header: {element} is no item or group of a table")
    # An item the order leaves out follows the last item of its table (or ends HEADER).
    for item in items.values():
        after = [
            i for i, e in enumerate(header) if isinstance(e, HeaderItem) and e.table == item.table
        ]
        header.insert(after[-1] + 1 if after else len(header), item)
    placed = {e.element for e in header if isinstance(e, Group)}
    return Layout(
        header=tuple(header),
        child_groups=tuple(
            _group(declared, t.name)
            for t in declared.tables
            if not t.xml.fold and t.xml.group not in placed
        ),
        once_per_child=tuple(t.name for t in declared.tables if t.xml.once and t.name != "header"),
        required=frozenset(
            c.xml_element
            for t in declared.tables
            for c in t.columns
            if c.xml_required and not c.from_header
        ),
        tables=tuple(t.name for t in declared.tables),
    )


LAYOUT = layout()


def _header_runs(header: tuple[HeaderItem | Group, ...]) -> list[list[HeaderItem | Group]]:
    """HEADER's children cut into runs of items and runs of groups."""
    runs: list[list[HeaderItem | Group]] = []
    for entry in header:
        if runs and isinstance(runs[-1][0], Group) == isinstance(entry, Group):
            runs[-1].append(entry)
        else:
            runs.append([entry])
    return runs


def _split_header(
    header: tuple[HeaderItem | Group, ...],
) -> tuple[tuple[HeaderItem, ...], tuple[Group, ...], tuple[HeaderItem, ...], tuple[Group, ...]]:
    """HEADER as the reader and writer take it: items, groups, the Header's MOTHER items, groups."""
    runs = _header_runs(header)
    shape = len(runs) <= 4 and all(
        isinstance(run[0], Group) == (i % 2 == 1) for i, run in enumerate(runs)
    )
    first, before, mother, after = [*runs, [], [], [], []][:4]
    if not shape or any(
        not isinstance(e, HeaderItem) or e.table != "header" or e.element != e.column
        for e in mother
    ):
        raise ContractError(
            "xml header: cic.land.xml_file and cic.export.files take HEADER as items, groups, "
            "Header items named as their columns, groups"
        )
    return (
        tuple(e for e in first if isinstance(e, HeaderItem)),
        tuple(e for e in before if isinstance(e, Group)),
        tuple(e for e in mother if isinstance(e, HeaderItem)),
        tuple(e for e in after if isinstance(e, Group)),
    )


def _by_column(groups: tuple[Group, ...]) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    for group in groups:
        if any(element != column for element, column in group.items):
            raise ContractError(f"xml: the items of {group.element} in HEADER are named as columns")
    return tuple((g.element, g.table, tuple(c for _, c in g.items)) for g in groups)


_FIRST, _BEFORE, _MOTHER, _AFTER = _split_header(LAYOUT.header)

# Element order inside HEADER, as the schema requires it. Each item: (element, table, column).
HEADER_ITEMS: tuple[tuple[str, str, str], ...] = tuple(
    (i.element, i.table, i.column) for i in _FIRST
)
# Repeated groups inside HEADER, in schema order, placed around MOTHER and MC_DOB.
HEADER_GROUPS_BEFORE_MOTHER: tuple[tuple[str, str, tuple[str, ...]], ...] = _by_column(_BEFORE)
MOTHER_ITEMS: tuple[str, ...] = tuple(i.element for i in _MOTHER)
HEADER_GROUPS_AFTER_MOTHER: tuple[tuple[str, str, tuple[str, ...]], ...] = _by_column(_AFTER)
HEADER_GROUPS = HEADER_GROUPS_BEFORE_MOTHER + HEADER_GROUPS_AFTER_MOTHER

# Groups directly under CHILD, after HEADER. Items: (element, column).
CHILD_GROUPS: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = tuple(
    (g.element, g.table, g.items) for g in LAYOUT.child_groups
)
EPISODE_ITEMS: tuple[tuple[str, str], ...] = next(
    items for _, table, items in CHILD_GROUPS if table == "episodes"
)

# Tables the XML holds at most once per child: folded into HEADER (UASC, AD1, OC3 items) or
# groups with maxOccurs 1 (PERMANENCE, OC2).
ONCE_PER_CHILD: tuple[str, ...] = LAYOUT.once_per_child

# Elements the schema requires even when blank; every other item is left out when blank.
REQUIRED_ELEMENTS: frozenset[str] = LAYOUT.required

# The tables an XML file delivers: landing one supersedes all of them for its LA and year.
XML_TABLES: tuple[str, ...] = LAYOUT.tables
