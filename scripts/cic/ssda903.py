"""The SSDA903 return's tables: DfE column names and order, and which columns are dates.

This is the landing contract for 903-shaped input and the export layout, read from the one
declaration of the return, `contracts/ssda903.yml` (loaded by `cic.contracts`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml  # type: ignore[import-untyped]  # PyYAML ships no stubs; dbt installs it

from cic.contracts import EVERY_YEAR, ssda903_tables
from cic.paths import PROJECT_ROOT

# ASCII digits only, the whole string (no trailing newline): `\d` and `$` would let other
# scripts' digits and a final newline through.
YEAR_PATTERN = re.compile(r"([0-9]{4})-([0-9]{2})")
LA_PATTERN = re.compile(r"[0-9]{3}")


@dataclass(frozen=True)
class Table:
    """One DfE table of the return."""

    name: str  # our name: raw.ssda903__<name>, ssda903.<name>, <name>.csv
    dfe_name: str  # the name DfE and the reference validator use
    columns: tuple[str, ...]  # DfE column names, in the DfE order
    dates: frozenset[str]  # columns holding dd/mm/yyyy dates
    first_year: str = EVERY_YEAR  # first collection year that has the table
    partial_dates: frozenset[str] = frozenset()  # dates that may write ZZ for unknown parts

    @property
    def file_name(self) -> str:
        return f"{self.name}.csv"

    def exists_in(self, year: str) -> bool:
        return year >= self.first_year


def tables(root: Path = PROJECT_ROOT) -> tuple[Table, ...]:
    """The tables `contracts/ssda903.yml` declares in the project at `root`, in DfE order.
    `columns` are those of the CSV files; columns only the XML carries are left out."""
    return tuple(
        Table(
            t.name,
            t.dfe_name,
            tuple(c.name for c in t.columns if not c.xml_only),
            frozenset(c.name for c in t.columns if c.is_date and not c.xml_only),
            t.first_year,
            frozenset(c.name for c in t.columns if c.partial_date),
        )
        for t in ssda903_tables(root)
    )


def xml_only_columns(root: Path = PROJECT_ROOT) -> dict[str, tuple[str, ...]]:
    """Per table, the columns only the XML carries (Header.UASC: in CSV input DfE derives it
    from the UASC file)."""
    out = {t.name: tuple(c.name for c in t.columns if c.xml_only) for t in ssda903_tables(root)}
    return {name: columns for name, columns in out.items() if columns}


TABLES: tuple[Table, ...] = tables()

# The XML's item names that are not the CSV's column names (CHILDID for CHILD, PL for PLACE).
XML_ITEM_NAMES: dict[str, str] = {
    c.xml_element: c.name
    for t in ssda903_tables()
    for c in t.columns
    if c.xml_element and c.xml_element != c.name
}

TABLES_BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}

XML_ONLY_COLUMNS: dict[str, tuple[str, ...]] = xml_only_columns()


def raw_columns(table: Table) -> tuple[str, ...]:
    """Columns of raw.ssda903__<table>, lower case: the DfE columns plus any XML-only ones."""
    return tuple(c.lower() for c in table.columns + XML_ONLY_COLUMNS.get(table.name, ()))


def normalise_header(name: str) -> str:
    """How a CSV column name is compared: BOM, surrounding spaces and case ignored, and a run of
    spaces inside a name read as the underscore a tidied-up header replaced (MC DOB is MC_DOB)."""
    return re.sub(r"[ \u00a0]+", "_", name.replace("\ufeff", "").strip().upper())


def check_year(year: str) -> str:
    """Validate a collection year such as 2025-26 and return it."""
    match = YEAR_PATTERN.fullmatch(year)
    if not match:
        raise ValueError(f"collection year {year!r} is not of the form 2025-26")
    following = f"{(int(match.group(1)) + 1) % 100:02d}"
    if match.group(2) != following:
        raise ValueError(
            f"collection year {year!r}: a collection year is two years that follow each other "
            f"({match.group(1)}-{following})"
        )
    return year


# A collection year inside a file or folder name (header_2025-26.csv, .../2025-26/episodes.csv).
_YEAR_IN_NAME = re.compile(r"(?<![0-9])([0-9]{4})-([0-9]{2})(?![0-9])")


def years_in_path(path: Path) -> set[str]:
    """The collection years (two years that follow each other, 2025-26) the names of `path`
    and its folders hold."""
    return {
        f"{first}-{second}"
        for part in path.parts
        for first, second in _YEAR_IN_NAME.findall(part)
        if f"{(int(first) + 1) % 100:02d}" == second
    }


def check_la(la: str) -> str:
    """Validate a DfE 3-digit LA code and return it."""
    if not LA_PATTERN.fullmatch(la):
        raise ValueError(f"LA code {la!r} is not a DfE 3-digit LA number such as 886")
    return la


def supported_years(root: Path = PROJECT_ROOT) -> tuple[str, ...]:
    """The collection years the warehouse supports: var supported_collection_years of
    dbt_project.yml (of the project at `root`), the one list the code lists and rules are keyed
    by."""
    project = yaml.safe_load((root / "dbt_project.yml").read_text(encoding="utf-8"))
    return tuple(str(y) for y in project["vars"]["supported_collection_years"])


def check_supported_year(year: str) -> str:
    """A collection year of the right form that the warehouse supports, or ValueError."""
    years = supported_years()
    if check_year(year) not in years:
        raise ValueError(
            f"collection year {year} is not supported: the warehouse checks {', '.join(years)}"
        )
    return year


def year_bounds(year: str) -> tuple[str, str]:
    """ISO dates of 1 April and 31 March for a collection year."""
    start = int(check_year(year)[:4])
    return f"{start}-04-01", f"{start + 1}-03-31"
