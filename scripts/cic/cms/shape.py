"""How a CMS family's extract tables are declared (imported by each family module)."""

from __future__ import annotations

from cic.ssda903 import Table


def extract_table(name: str, columns: str) -> Table:
    """A CMS table: `columns` as the extract's header spells them, separated by spaces."""
    return Table(name, name, tuple(columns.split()), frozenset())
