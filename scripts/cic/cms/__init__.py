"""Case-management system (CMS) extract shapes the warehouse lands: their tables and columns.

Each family is one module (lcs, mosaic, eclipse) listing the tables an extract holds. `cic land
--source <family>` recognises each CSV by its header, as for 903 files, and writes it to
raw.<family>__<table>, every value as text. The generator's writers use the same lists.
"""

from __future__ import annotations

from cic.cms import eclipse, lcs, mosaic
from cic.ssda903 import Table

SOURCES: dict[str, tuple[Table, ...]] = {
    "lcs": lcs.TABLES,
    "mosaic": mosaic.TABLES,
    "eclipse": eclipse.TABLES,
}


def source_tables(source: str) -> tuple[Table, ...]:
    """The tables of one CMS family; a clear error for an unknown family."""
    try:
        return SOURCES[source]
    except KeyError:
        known = ", ".join(["ssda903", *SOURCES])
        raise ValueError(f"unknown source {source!r}: use one of {known}") from None
