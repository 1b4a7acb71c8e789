"""A CMS family's extract tables, as `contracts/cms/<family>.yml` declares them, in the shape
landing reads (a table recognised by its set of column names)."""

from __future__ import annotations

from cic.contracts import cms_family
from cic.ssda903 import Table


def family_tables(family: str) -> tuple[Table, ...]:
    """The tables of one family's extract, each with its columns as the header spells them."""
    return tuple(Table(t.name, t.name, t.columns, frozenset()) for t in cms_family(family).tables)
