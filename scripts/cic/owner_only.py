"""Files that can hold child data are created owner-only, whichever process creates them.

`restrict()` sets the process's file-creation mask so that every file and folder it creates
afterwards (the warehouse, DuckDB's write-ahead log beside it, quarantine copies, exports) is
readable by its owner alone. The `cic` command calls it first; dbt calls it through `Plugin`,
a dbt-duckdb plugin named in profiles.yml (`plugins: [{module: cic.owner_only}]`), which
dbt-duckdb initialises before it opens the warehouse.

`Plugin` is made when it is first asked for (dbt-duckdb reads it from this module): `cic`
imports only `restrict`, and so does not import dbt, which took a second of each command's start.
"""

from __future__ import annotations

import os
from functools import cache
from typing import Any

OWNER_ONLY_UMASK = 0o077


def restrict() -> None:
    """From now on, this process creates files 0600 and folders 0700 (at most)."""
    os.umask(OWNER_ONLY_UMASK)


@cache
def _plugin() -> type:
    from dbt.adapters.duckdb.plugins import BasePlugin

    class Plugin(BasePlugin):  # type: ignore[misc]  # dbt-duckdb ships no type information
        """dbt-duckdb plugin: restrict the dbt process before the warehouse is opened."""

        def initialize(self, plugin_config: dict[str, Any]) -> None:
            restrict()

    return Plugin


def __getattr__(name: str) -> Any:
    if name == "Plugin":
        return _plugin()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
