"""The SSDA903 return's tables: DfE column names and order, and which columns are dates.

This is the landing contract for 903-shaped input and the export layout. The dbt source
definition in `models/staging/ssda903/_ssda903__sources.yml` declares the same columns; a test
keeps the two in step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

YEAR_PATTERN = re.compile(r"^(\d{4})-(\d{2})$")
LA_PATTERN = re.compile(r"^\d{3}$")


@dataclass(frozen=True)
class Table:
    """One DfE table of the return."""

    name: str  # our name: raw.ssda903__<name>, ssda903.<name>, <name>.csv
    dfe_name: str  # the name DfE and the reference validator use
    columns: tuple[str, ...]  # DfE column names, in the DfE order
    dates: frozenset[str]  # columns holding dd/mm/yyyy dates
    first_year: str = "2000-01"  # first collection year that has the table

    @property
    def file_name(self) -> str:
        return f"{self.name}.csv"

    def exists_in(self, year: str) -> bool:
        return year >= self.first_year


def _table(
    name: str, dfe_name: str, columns: str, dates: str = "", first_year: str = "2000-01"
) -> Table:
    return Table(name, dfe_name, tuple(columns.split()), frozenset(dates.split()), first_year)


TABLES: tuple[Table, ...] = (
    _table("header", "Header", "CHILD SEX DOB ETHNIC UPN MOTHER MC_DOB", "DOB MC_DOB"),
    _table(
        "episodes",
        "Episodes",
        "CHILD DECOM RNE LS CIN PLACE PLACE_PROVIDER DEC REC REASON_PLACE_CHANGE HOME_POST "
        "PL_POST URN",
        "DECOM DEC",
    ),
    _table("uasc", "UASC", "CHILD SEX DOB DUC", "DOB DUC"),
    _table("reviews", "Reviews", "CHILD DOB REVIEW REVIEW_CODE", "DOB REVIEW"),
    _table(
        "ad1",
        "AD1",
        "CHILD DOB DATE_INT DATE_MATCH FOSTER_CARE NB_ADOPTR SEX_ADOPTR LS_ADOPTR",
        "DOB DATE_INT DATE_MATCH",
    ),
    _table(
        "placed_adoption",
        "PlacedAdoption",
        "CHILD DOB DATE_PLACED DATE_PLACED_CEASED REASON_PLACED_CEASED",
        "DOB DATE_PLACED DATE_PLACED_CEASED",
    ),
    # DATE_PERM may carry ZZ for unknown parts (rule 632), so it is parsed leniently downstream.
    _table("prev_perm", "PrevPerm", "CHILD DOB PREV_PERM LA_PERM DATE_PERM", "DOB DATE_PERM"),
    _table(
        "oc2",
        "OC2",
        "CHILD DOB SDQ_SCORE SDQ_REASON CONVICTED HEALTH_CHECK IMMUNISATIONS TEETH_CHECK "
        "HEALTH_ASSESSMENT SUBSTANCE_MISUSE INTERVENTION_RECEIVED INTERVENTION_OFFERED",
        "DOB",
    ),
    _table("oc3", "OC3", "CHILD DOB IN_TOUCH ACTIV ACCOM", "DOB"),
    _table("missing", "Missing", "CHILD DOB MISSING MIS_START MIS_END", "DOB MIS_START MIS_END"),
    _table(
        "sw_episodes",
        "SWEpisodes",
        "CHILD DOB SW_ID SW_DECOM SW_DEC SW_REASON",
        "DOB SW_DECOM SW_DEC",
        first_year="2023-24",
    ),
    _table("dolo", "DoLO", "CHILD DOB DOLO_START DOLO_END", "DOB DOLO_START DOLO_END", "2026-27"),
)

TABLES_BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}

# Columns only the XML carries: Header.UASC (in CSV input DfE derives it from the UASC file).
XML_ONLY_COLUMNS: dict[str, tuple[str, ...]] = {"header": ("UASC",)}


def raw_columns(table: Table) -> tuple[str, ...]:
    """Columns of raw.ssda903__<table>, lower case: the DfE columns plus any XML-only ones."""
    return tuple(c.lower() for c in table.columns + XML_ONLY_COLUMNS.get(table.name, ()))


def normalise_header(name: str) -> str:
    """How a CSV column name is compared: BOM, surrounding spaces and case ignored."""
    return name.replace("\ufeff", "").strip().upper()


def check_year(year: str) -> str:
    """Validate a collection year such as 2025-26 and return it."""
    match = YEAR_PATTERN.match(year)
    if not match or (int(match.group(1)) + 1) % 100 != int(match.group(2)):
        raise ValueError(f"collection year {year!r} is not of the form 2025-26")
    return year


def check_la(la: str) -> str:
    """Validate a DfE 3-digit LA code and return it."""
    if not LA_PATTERN.match(la):
        raise ValueError(f"LA code {la!r} is not a DfE 3-digit LA number such as 886")
    return la


def year_bounds(year: str) -> tuple[str, str]:
    """ISO dates of 1 April and 31 March for a collection year."""
    start = int(check_year(year)[:4])
    return f"{start}-04-01", f"{start + 1}-03-31"
