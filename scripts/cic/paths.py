"""Where things live: the project root, the warehouse file and its side folders."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_WAREHOUSE = Path("warehouse") / "build.duckdb"


def warehouse_path() -> Path:
    """The DuckDB build file: `$CIC_WAREHOUSE`, else `warehouse/build.duckdb` in the project."""
    configured = os.environ.get("CIC_WAREHOUSE")
    path = Path(configured) if configured else PROJECT_ROOT / DEFAULT_WAREHOUSE
    if not path.is_absolute():
        path = PROJECT_ROOT / path
    return path


def quarantine_dir() -> Path:
    """Rejected files are copied here, beside the warehouse file."""
    return warehouse_path().parent / "quarantine"


def published_dir() -> Path:
    """What the nightly publishes (the marts' DuckDB file, the report), beside the warehouse."""
    return warehouse_path().parent / "published"
