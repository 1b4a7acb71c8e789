"""The declarations under `contracts/`, loaded into frozen dataclasses.

Each declaration file has its own loader here, one function per file, in its own section:
the 903 return (`contracts/ssda903.yml`, `ssda903()` and `ssda903_tables()`) comes first.
Every loader takes the project root, so that a test can load a copy of a declaration.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]  # PyYAML ships no stubs; dbt installs it

from cic.paths import PROJECT_ROOT

CONTRACTS_DIR = Path("contracts")


class ContractError(ValueError):
    """A declaration that does not hold together: says which file and what is wrong."""


def contracts_dir(root: Path = PROJECT_ROOT) -> Path:
    """The folder of declarations in the project at `root`."""
    return root / CONTRACTS_DIR


def read_declaration(path: Path) -> Any:
    """The parsed YAML of one declaration file."""
    if not path.exists():
        raise ContractError(f"{path}: no such declaration")
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _check_keys(where: str, entry: dict[str, Any], allowed: set[str], required: set[str]) -> None:
    unknown = set(entry) - allowed
    if unknown:
        raise ContractError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    missing = required - set(entry)
    if missing:
        raise ContractError(f"{where}: missing key(s) {', '.join(sorted(missing))}")


# --- The SSDA903 return: contracts/ssda903.yml ---------------------------------------------------

SSDA903_FILE = CONTRACTS_DIR / "ssda903.yml"
SSDA903_KINDS = ("code", "text", "date")
EVERY_YEAR = "2000-01"  # first_year of a table every collection year has
_YEAR = re.compile(r"^\d{4}-\d{2}$")


@dataclass(frozen=True)
class Ssda903Column:
    """One column of a 903 table, by its DfE name."""

    name: str  # DfE's name; our column is its lower case
    kind: str  # code (trimmed, upper-cased), text (trimmed) or date (dd/mm/yyyy, typed)
    description: str  # docs of the mart column
    pii: bool = False
    tests: tuple[str, ...] = ()  # dbt tests of the mart column
    xml_element: str = ""  # the XML element holding it
    xml_only: bool = False  # only the XML carries it
    xml_required: bool = False  # the XML schema requires the element even when blank
    from_header: bool = False  # the Header's column: in the XML, the child's HEADER value
    partial_date: bool = False  # a date whose unknown parts may be ZZ (day, month) or ZZZZ

    @property
    def column(self) -> str:
        """Our column name: raw, staging and mart."""
        return self.name.lower()

    @property
    def is_date(self) -> bool:
        return self.kind == "date"


@dataclass(frozen=True)
class Ssda903Xml:
    """Where a table sits in the EXPSSDA903 document."""

    fold: bool  # its items sit directly in HEADER, one row per child
    group: str  # else: the element holding one row
    once: bool  # at most one group per child
    order: tuple[str, ...]  # the group's items (DfE column names), in the schema's order


@dataclass(frozen=True)
class Ssda903Table:
    """One table of the return."""

    name: str  # our name
    dfe_name: str
    columns: tuple[Ssda903Column, ...]  # DfE order; XML-only columns included
    xml: Ssda903Xml
    first_year: str = EVERY_YEAR
    locator: str | None = None  # DfE name of the column that tells a child's rows apart
    unique: tuple[str, ...] = ()  # DfE names of columns no two rows of an LA and year share

    def column(self, name: str) -> Ssda903Column:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(f"{self.name} has no column {name}")


@dataclass(frozen=True)
class Ssda903Return:
    """The whole declaration: the tables in DfE order, and the order of HEADER in the XML."""

    tables: tuple[Ssda903Table, ...]
    xml_header: tuple[str, ...]  # HEADER's items and groups, by element name, in schema order

    def table(self, name: str) -> Ssda903Table:
        for table in self.tables:
            if table.name == name:
                return table
        raise KeyError(f"no 903 table {name}")


_COLUMN_KEYS = {
    "name", "kind", "description", "pii", "tests", "xml", "xml_only", "xml_required",
    "partial_date",
}  # fmt: skip
_TABLE_KEYS = {"name", "dfe_name", "first_year", "locator", "unique", "xml", "columns"}
_XML_KEYS = {"fold", "group", "once", "order"}


def _ssda903_column(where: str, entry: Any, header: dict[str, Ssda903Column]) -> Ssda903Column:
    if isinstance(entry, str):
        if entry not in header:
            raise ContractError(f"{where}: {entry} is not a column of the Header table")
        base = header[entry]
        return Ssda903Column(
            base.name, base.kind, base.description, base.pii, base.tests, from_header=True
        )
    if not isinstance(entry, dict):
        raise ContractError(f"{where}: a column is a name or a mapping")
    _check_keys(where, entry, _COLUMN_KEYS, {"name", "kind", "description"})
    name = str(entry["name"])
    if name != name.upper():
        raise ContractError(f"{where}: {name} is not a DfE column name (upper case)")
    if entry["kind"] not in SSDA903_KINDS:
        raise ContractError(f"{where}: kind {entry['kind']!r} is not one of {SSDA903_KINDS}")
    if entry.get("partial_date") and entry["kind"] != "date":
        raise ContractError(f"{where}: {name} is a partial_date but not of kind date")
    return Ssda903Column(
        name=name,
        kind=entry["kind"],
        description=str(entry["description"]),
        pii=bool(entry.get("pii", False)),
        tests=tuple(str(t) for t in entry.get("tests", ())),
        xml_element=str(entry.get("xml", name)),
        xml_only=bool(entry.get("xml_only", False)),
        xml_required=bool(entry.get("xml_required", False)),
        partial_date=bool(entry.get("partial_date", False)),
    )


def _ssda903_xml(where: str, entry: Any, dfe_name: str, columns: list[Ssda903Column]) -> Ssda903Xml:
    entry = entry or {}
    _check_keys(f"{where} xml", entry, _XML_KEYS, set())
    names = [c.name for c in columns if not c.from_header]
    order = tuple(entry.get("order", ()))
    if set(order) - set(names):
        raise ContractError(f"{where} xml order: not its columns: {set(order) - set(names)}")
    # Columns the order leaves out follow it, in their own order: a new column is one edit.
    order += tuple(n for n in names if n not in order)
    fold = bool(entry.get("fold", False))
    return Ssda903Xml(
        fold=fold,
        group="" if fold else str(entry.get("group", dfe_name.upper())),
        once=fold or bool(entry.get("once", False)),
        order=order,
    )


def _ssda903_table(where: str, entry: Any, header: dict[str, Ssda903Column]) -> Ssda903Table:
    if not isinstance(entry, dict):
        raise ContractError(f"{where}: a table is a mapping")
    _check_keys(where, entry, _TABLE_KEYS, {"name", "dfe_name", "columns"})
    where = f"{where} ({entry['name']})"
    columns = [
        _ssda903_column(f"{where} column {i + 1}", c, header)
        for i, c in enumerate(entry["columns"])
    ]
    names = [c.name for c in columns]
    if len(set(names)) != len(names):
        raise ContractError(f"{where}: a column is declared twice")
    first_year = str(entry.get("first_year", EVERY_YEAR))
    if not _YEAR.match(first_year):
        raise ContractError(f"{where}: first_year {first_year!r} is not of the form 2025-26")
    locator = entry.get("locator")
    unique = tuple(entry.get("unique", ()))
    for name in ([locator] if locator else []) + list(unique):
        if name not in names:
            raise ContractError(f"{where}: {name} is not one of its columns")
    return Ssda903Table(
        name=str(entry["name"]),
        dfe_name=str(entry["dfe_name"]),
        columns=tuple(columns),
        xml=_ssda903_xml(where, entry.get("xml"), str(entry["dfe_name"]), columns),
        first_year=first_year,
        locator=locator,
        unique=unique,
    )


@functools.cache
def _load_ssda903(path: Path, _mtime_ns: int) -> Ssda903Return:
    data = read_declaration(path)
    _check_keys(str(path), data, {"tables", "xml"}, {"tables"})
    entries = data["tables"]
    if not entries or entries[0].get("name") != "header":
        raise ContractError(f"{path}: the first table is header (others refer to its columns)")
    header: dict[str, Ssda903Column] = {}
    tables = []
    for i, entry in enumerate(entries):
        table = _ssda903_table(f"{path}: table {i + 1}", entry, header)
        if i == 0:
            header = {c.name: c for c in table.columns}
        tables.append(table)
    if len({t.name for t in tables}) != len(tables):
        raise ContractError(f"{path}: a table is declared twice")
    xml = data.get("xml") or {}
    _check_keys(f"{path}: xml", xml, {"header"}, set())
    return Ssda903Return(tuple(tables), tuple(str(e) for e in xml.get("header", ())))


def ssda903(root: Path = PROJECT_ROOT) -> Ssda903Return:
    """The SSDA903 return as `contracts/ssda903.yml` in the project at `root` declares it."""
    path = (root / SSDA903_FILE).resolve()
    if not path.exists():
        raise ContractError(f"{path}: no such declaration")
    return _load_ssda903(path, path.stat().st_mtime_ns)  # reread when the file changes


def ssda903_tables(root: Path = PROJECT_ROOT) -> tuple[Ssda903Table, ...]:
    """The 903 tables in DfE order."""
    return ssda903(root).tables


# --- The common data model: contracts/cdm.yml ----------------------------------------------------

CDM_FILE = CONTRACTS_DIR / "cdm.yml"
CDM_TYPES = ("text", "date")


@dataclass(frozen=True)
class CdmColumn:
    """One column of the common data model; a name means the same in every entity."""

    name: str
    type: str  # text or date
    description: str
    pii: bool = False


@dataclass(frozen=True)
class CdmEntity:
    """One entity: stg_<family>__<entity> in every CMS family, int_cdm__<entity> in the CDM."""

    name: str
    description: str
    cdm_description: str  # the CDM model's (the description where the CDM only unions)
    key: tuple[str, ...]  # no two rows of one council (and family) share these
    columns: tuple[CdmColumn, ...]  # the entity's own, in order

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


@dataclass(frozen=True)
class Cdm:
    """The whole declaration: the entities in order, and the columns models start with."""

    entities: tuple[CdmEntity, ...]
    staging_columns: tuple[CdmColumn, ...]  # before the entity's own in stg_<family>__<entity>
    cdm_columns: tuple[CdmColumn, ...]  # before the entity's own in int_cdm__<entity>

    def entity(self, name: str) -> CdmEntity:
        for entity in self.entities:
            if entity.name == name:
                return entity
        raise KeyError(f"no CDM entity {name}")


_CDM_KEYS = {"columns", "staging_columns", "cdm_columns", "entities"}
_CDM_COLUMN_KEYS = {"type", "description", "pii"}
_CDM_ENTITY_KEYS = {"name", "description", "cdm_description", "key", "columns"}


def _cdm_columns(where: str, names: Any, known: dict[str, CdmColumn]) -> tuple[CdmColumn, ...]:
    if not isinstance(names, list) or not names:
        raise ContractError(f"{where}: a list of column names")
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ContractError(f"{where}: not declared under columns: {', '.join(map(str, unknown))}")
    if len(set(names)) != len(names):
        raise ContractError(f"{where}: a column is listed twice")
    return tuple(known[n] for n in names)


@functools.cache
def _load_cdm(path: Path, _mtime_ns: int) -> Cdm:
    data = read_declaration(path)
    _check_keys(str(path), data, _CDM_KEYS, _CDM_KEYS)
    known: dict[str, CdmColumn] = {}
    for name, entry in data["columns"].items():
        where = f"{path}: column {name}"
        _check_keys(where, entry, _CDM_COLUMN_KEYS, {"type", "description"})
        if entry["type"] not in CDM_TYPES:
            raise ContractError(f"{where}: type {entry['type']!r} is not one of {CDM_TYPES}")
        known[name] = CdmColumn(
            str(name), entry["type"], str(entry["description"]), bool(entry.get("pii", False))
        )
    staging = _cdm_columns(f"{path}: staging_columns", data["staging_columns"], known)
    cdm = _cdm_columns(f"{path}: cdm_columns", data["cdm_columns"], known)
    leading = {c.name for c in staging + cdm}
    entities = []
    for i, entry in enumerate(data["entities"]):
        where = f"{path}: entity {i + 1}"
        _check_keys(where, entry, _CDM_ENTITY_KEYS, {"name", "description", "key", "columns"})
        where = f"{where} ({entry['name']})"
        columns = _cdm_columns(f"{where} columns", entry["columns"], known)
        names = [c.name for c in columns]
        if leading & set(names):
            raise ContractError(f"{where}: {', '.join(sorted(leading & set(names)))} come first")
        key = tuple(str(k) for k in entry["key"])
        if not key or set(key) - set(names):
            raise ContractError(f"{where}: key {list(key)} is not a list of its columns")
        description = str(entry["description"])
        entities.append(
            CdmEntity(
                name=str(entry["name"]),
                description=description,
                cdm_description=str(entry.get("cdm_description", description)),
                key=key,
                columns=columns,
            )
        )
    if len({e.name for e in entities}) != len(entities):
        raise ContractError(f"{path}: an entity is declared twice")
    unused = set(known) - leading - {c.name for e in entities for c in e.columns}
    if unused:
        raise ContractError(f"{path}: columns no entity has: {', '.join(sorted(unused))}")
    return Cdm(tuple(entities), staging, cdm)


def cdm(root: Path = PROJECT_ROOT) -> Cdm:
    """The common data model as `contracts/cdm.yml` in the project at `root` declares it."""
    path = (root / CDM_FILE).resolve()
    if not path.exists():
        raise ContractError(f"{path}: no such declaration")
    return _load_cdm(path, path.stat().st_mtime_ns)


def cdm_entities(root: Path = PROJECT_ROOT) -> tuple[CdmEntity, ...]:
    """The CDM's entities in order."""
    return cdm(root).entities


# --- CMS families: contracts/cms/<family>.yml ----------------------------------------------------

CMS_DIR = CONTRACTS_DIR / "cms"
CMS_FILE_NAMES = ("upper", "lower")


@dataclass(frozen=True)
class CmsTable:
    """One table of a CMS extract: raw.<family>__<name>."""

    name: str
    description: str
    columns: tuple[str, ...]  # as the extract's header spells them, in order
    key: tuple[str, ...]  # columns that identify a row: never blank (the landing contract)
    dates: tuple[str, ...]  # columns holding dates, written in the family's date_format
    person_column: str | None  # the column naming the row's person (in the family's persons)


@dataclass(frozen=True)
class CmsFamily:
    """One CMS family's extract: its tables, and how the lab names their files."""

    name: str
    source_description: str
    file_names: str  # upper (DIM_PERSON.csv) or lower (dm_persons.csv)
    date_format: str  # how the extract writes every date: a strptime format
    tables: tuple[CmsTable, ...]
    persons: tuple[str, str]  # the table of persons and its column that other tables point to

    def file_name(self, table: CmsTable) -> str:
        """The CSV the lab writes the table to (landing recognises a CSV by its header)."""
        stem = table.name.upper() if self.file_names == "upper" else table.name
        return f"{stem}.csv"


_CMS_KEYS = {"family", "source_description", "file_names", "date_format", "tables", "persons"}
_CMS_TABLE_KEYS = {"name", "description", "columns", "key", "dates", "person_column"}
_CMS_TABLE_REQUIRED = _CMS_TABLE_KEYS - {"dates", "person_column"}


def _check_date_format(where: str, date_format: Any) -> str:
    """A strptime format that reads back what it writes and holds a year, month and day."""
    text = str(date_format)
    sample = datetime(2024, 2, 29, 13, 5, 7, 250000)
    try:
        readable = datetime.strptime(sample.strftime(text), text).date() == sample.date()
    except ValueError:
        readable = False
    if not readable or not all(part in text for part in ("%Y", "%m", "%d")):
        raise ContractError(
            f"{where}: date_format {text!r} is not a strptime format of a date (%Y, %m, %d)"
        )
    return text


def _cms_columns(where: str, names: Any, columns: tuple[str, ...], what: str) -> tuple[str, ...]:
    """Some of a table's columns, spelled as its `columns` spell them."""
    if not isinstance(names, list):
        raise ContractError(f"{where}: {what} is a list of its columns")
    unknown = [str(n) for n in names if n not in columns]
    if unknown:
        raise ContractError(f"{where}: {what} names columns it does not have: {', '.join(unknown)}")
    return tuple(str(n) for n in names)


@functools.cache
def _load_cms_family(path: Path, _mtime_ns: int) -> CmsFamily:
    data = read_declaration(path)
    _check_keys(str(path), data, _CMS_KEYS, _CMS_KEYS)
    if data["family"] != path.stem:
        raise ContractError(f"{path}: family {data['family']!r} is not the file's name")
    if data["file_names"] not in CMS_FILE_NAMES:
        raise ContractError(f"{path}: file_names is one of {CMS_FILE_NAMES}")
    tables = []
    for i, entry in enumerate(data["tables"]):
        where = f"{path}: table {i + 1}"
        _check_keys(where, entry, _CMS_TABLE_KEYS, _CMS_TABLE_REQUIRED)
        columns = tuple(str(c) for c in entry["columns"])
        folded = {c.strip().upper() for c in columns}
        where = f"{where} ({entry['name']})"
        if not columns or len(folded) != len(columns):
            raise ContractError(f"{where}: columns empty or repeated")
        key = _cms_columns(where, entry["key"], columns, "key")
        if not key:
            raise ContractError(f"{where}: key names no column")
        dates = _cms_columns(where, entry.get("dates", []), columns, "dates")
        person = entry.get("person_column")
        if person is not None:
            (person,) = _cms_columns(where, [person], columns, "person_column")
        tables.append(
            CmsTable(str(entry["name"]), str(entry["description"]), columns, key, dates, person)
        )
    names = [t.name for t in tables]
    if len(set(names)) != len(names):
        raise ContractError(f"{path}: a table is declared twice")
    headers = [frozenset(c.upper() for c in t.columns) for t in tables]
    if len(set(headers)) != len(headers):
        raise ContractError(f"{path}: two tables have the same columns (landing could not tell)")
    persons = data["persons"]
    where = f"{path}: persons"
    if not isinstance(persons, dict):
        raise ContractError(f"{where}: give its table and column")
    _check_keys(where, persons, {"table", "column"}, {"table", "column"})
    by_name = {t.name: t for t in tables}
    if persons["table"] not in by_name:
        raise ContractError(f"{where}: no table {persons['table']!r} is declared")
    _cms_columns(where, [persons["column"]], by_name[persons["table"]].columns, "column")
    return CmsFamily(
        str(data["family"]),
        str(data["source_description"]),
        data["file_names"],
        _check_date_format(str(path), data["date_format"]),
        tuple(tables),
        (str(persons["table"]), str(persons["column"])),
    )


def cms_family_names(root: Path = PROJECT_ROOT) -> tuple[str, ...]:
    """The CMS families declared in the project at `root`: one file each, by name."""
    return tuple(sorted(p.stem for p in (root / CMS_DIR).glob("*.yml")))


def cms_family(name: str, root: Path = PROJECT_ROOT) -> CmsFamily:
    """One CMS family's extract as `contracts/cms/<name>.yml` declares it."""
    path = (root / CMS_DIR / f"{name}.yml").resolve()
    if not path.exists():
        known = ", ".join(cms_family_names(root))
        raise ContractError(f"no CMS family {name!r} in {root / CMS_DIR} (known: {known})")
    return _load_cms_family(path, path.stat().st_mtime_ns)
