"""Case-management system (CMS) extract shapes the warehouse lands: their tables and columns.

Each family is declared once, in `contracts/cms/<family>.yml` (lcs, mosaic, eclipse): the tables
an extract holds and their columns. `cic land --source <family>` recognises each CSV by its
header, as for 903 files, and writes it to raw.<family>__<table>, every value as text. The lab's
extract writers and the dbt sources (`cic codegen`) read the same declarations.
"""

from __future__ import annotations

from cic.cms.shape import family_tables
from cic.contracts import cms_family_names
from cic.ssda903 import Table

SOURCES: dict[str, tuple[Table, ...]] = {name: family_tables(name) for name in cms_family_names()}
# Every source a council's data can come from: 903 files, or one of the CMS families.
SOURCE_SYSTEMS: tuple[str, ...] = ("ssda903", *SOURCES)


def source_tables(source: str) -> tuple[Table, ...]:
    """The tables of one CMS family; a clear error for an unknown family."""
    try:
        return SOURCES[source]
    except KeyError:
        known = ", ".join(SOURCE_SYSTEMS)
        raise ValueError(f"unknown source {source!r}: use one of {known}") from None
