"""Ofsted provider lists in reference_data.providers: each URN's premises and their DfE LA.

Read as the reference validator reads them (lac_validator/ingress.py): the children's homes list
(sheet "Provider information": URN, Local Authority, Provider Code = placement codes, Provider
Placement Code = provider codes separated by "/", Closed Date, Setting Postcode) and the social
care providers list (first sheet current providers, second sheet closed providers: URN, Local
authority, Placement code, Placement provider code, Deregistration date, Setting postcode).

A folder may hold the lists as Ofsted publishes them, xlsx workbooks under any name (the
children's homes list is the workbook with a sheet "Provider information", or with the sheets
"Settings and Inspection Info" and "Address Details"; the social care providers list is the
workbook whose first sheet has a column "Placement provider code"), or as CSV, one file per sheet
as `cic-lab generate` writes them (LISTS). Column names are matched ignoring case and surrounding
spaces; the header is the first row of a sheet that has a URN column, so title rows above it are
skipped. Dates in the lists (closed, deregistration) are kept as dd/mm/yyyy text.

The LA of the premises is the upper-tier LA of the setting postcode in reference_data.postcodes
(as the validator infers it), else the LA named in the list when it matches a name in
seeds/reference/local_authorities.csv; la_code_from says which.
"""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from cic.reference.postcodes import SEEDS, normalise

# file -> (list, columns in order: URN, LA name, placement codes, provider codes, end date,
# postcode); OPTIONAL says which a sheet may lack (the current providers sheet has no end date).
LISTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "childrens_homes__provider_information.csv": (
        "childrens_homes",
        (
            "URN",
            "Local Authority",
            "Provider Code",
            "Provider Placement Code",
            "Closed Date",
            "Setting Postcode",
        ),
    ),
    "social_care_providers__current.csv": (
        "social_care_providers_current",
        (
            "URN",
            "Local authority",
            "Placement code",
            "Placement provider code",
            "Deregistration date",
            "Setting postcode",
        ),
    ),
    "social_care_providers__closed.csv": (
        "social_care_providers_closed",
        (
            "URN",
            "Local authority",
            "Placement code",
            "Placement provider code",
            "Deregistration date",
            "Setting postcode",
        ),
    ),
}
OPTIONAL: dict[str, frozenset[str]] = {
    "social_care_providers_current": frozenset({"Deregistration date"})
}
FIELDS = ("urn", "la_name", "place_codes", "provider_codes", "reg_end", "postcode")


@dataclass(frozen=True)
class ProviderLoad:
    """What a load did: counts only."""

    rows: dict[str, int]  # list -> rows with a URN
    urns: int
    la_from_postcode: int
    la_from_name: int
    la_unknown: int
    seconds: float


# The Ofsted workbooks: which list each CSV sheet file belongs to, and the sheet names of the
# children's homes workbook (the social care providers workbook is read by sheet position).
WORKBOOK_OF = {
    "childrens_homes__provider_information.csv": "childrens_homes",
    "social_care_providers__current.csv": "social_care_providers",
    "social_care_providers__closed.csv": "social_care_providers",
}
HOMES_SHEET = "Provider information"
HOMES_SPLIT_SHEETS = ("Settings and Inspection Info", "Address Details")
# Another name some editions of a list give a column.
ALIASES: dict[str, tuple[str, ...]] = {"Setting Postcode": ("Setting Address Postcode",)}
_HEADER_SEARCH_ROWS = 20


def _text(value: object) -> str | None:
    """A cell as trimmed text: whole numbers without '.0', dates as dd/mm/yyyy, blank as None."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    return text or None


def _date_text(value: object) -> str | None:
    """A list's end date as dd/mm/yyyy: a date cell, or text dd/mm/yyyy or yyyy-mm-dd; other
    text is kept as it was (the staging model reads it as no date)."""
    text = _text(value)
    if text is None:
        return None
    for form in ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%d/%m/%Y %H:%M:%S"):
        try:
            return datetime.strptime(text, form).strftime("%d/%m/%Y")
        except ValueError:
            continue
    return text


def _positions(
    header: Sequence[object],
    columns: Sequence[str],
    where: str,
    optional: frozenset[str] = frozenset(),
) -> list[int | None]:
    """Where each of `columns` is in `header` (case and surrounding spaces ignored, ALIASES
    accepted); an error naming `where` and the columns missing, `optional` ones aside."""
    names: dict[str, int] = {}
    for position, cell in enumerate(header):
        name = _text(cell)
        if name is not None:
            names.setdefault(name.lower(), position)
    positions: list[int | None] = []
    missing = []
    for column in columns:
        candidates = (column, *ALIASES.get(column, ()))
        found = next((names[n.lower()] for n in candidates if n.lower() in names), None)
        if found is None and column not in optional:
            missing.append(column)
        positions.append(found)
    if missing:
        raise ValueError(f"{where} has no column(s) {', '.join(missing)}")
    return positions


def _cell(row: Sequence[object], position: int | None) -> object:
    return row[position] if position is not None and position < len(row) else None


def _records(
    header: Sequence[object],
    rows: Iterable[Sequence[object]],
    columns: tuple[str, ...],
    source_list: str,
    source_file: str,
    where: str,
) -> list[dict[str, object]]:
    """The rows of one sheet that have a URN, under our field names. `columns` are the list's
    names of FIELDS, in order; `where` names the file (and sheet) in errors."""
    positions = _positions(header, columns, where, OPTIONAL.get(source_list, frozenset()))
    records = []
    for number, row in enumerate(rows, start=1):
        values: dict[str, object] = {
            field: (_date_text if field == "reg_end" else _text)(_cell(row, position))
            for field, position in zip(FIELDS, positions, strict=True)
        }
        if values["urn"] is None:
            continue
        if values["provider_codes"]:
            values["provider_codes"] = str(values["provider_codes"]).replace("/", ",")
        if values["postcode"]:
            values["postcode"] = normalise(str(values["postcode"]))
        records.append(
            values | {"source_list": source_list, "source_file": source_file, "source_row": number}
        )
    return records


def read_list(path: Path, source_list: str, columns: tuple[str, ...]) -> list[dict[str, object]]:
    """The rows of one CSV sheet file (UTF-8) that have a URN, under our field names."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ValueError(
            f"{path.name}, line {line}: a byte that is not UTF-8; save the sheet again as CSV "
            "UTF-8, or give the xlsx workbook as Ofsted publishes it"
        ) from exc
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, [])
    return _records(header, reader, columns, source_list, path.name, path.name)


def _sheet_table(sheet: Any) -> tuple[list[object], list[tuple[object, ...]]]:
    """A worksheet's header (the first row with a URN column among the first rows, else the
    first row) and the rows under it."""
    rows = list(sheet.iter_rows(values_only=True))
    for position, row in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        if any((_text(cell) or "").lower() == "urn" for cell in row):
            return list(row), rows[position + 1 :]
    return (list(rows[0]) if rows else []), rows[1:]


def _sheet_named(book: Any, name: str) -> str | None:
    return next((s for s in book.sheetnames if s.strip().lower() == name.lower()), None)


def _homes_split(book: Any, path: Path, settings: str, address: str) -> list[dict[str, object]]:
    """The children's homes list in two sheets, settings (all but the postcode) and addresses
    (URN and postcode), joined on URN as the reference validator joins them."""
    columns = LISTS["childrens_homes__provider_information.csv"][1]
    header, rows = _sheet_table(book[address])
    urn_at, postcode_at = _positions(
        header, (columns[0], columns[5]), f"{path.name}, sheet {address!r},"
    )
    postcodes = {_text(_cell(r, urn_at)): _cell(r, postcode_at) for r in rows}
    header, rows = _sheet_table(book[settings])
    where = f"{path.name}, sheet {settings!r},"
    (urn_at,) = _positions(header, columns[:1], where)
    width = len(header)
    joined = [
        (*row, *([None] * (width - len(row))), postcodes[urn])
        for row in rows
        if (urn := _text(_cell(row, urn_at))) is not None and urn in postcodes
    ]
    return _records(
        [*header, columns[5]],
        joined,
        columns,
        "childrens_homes",
        f"{path.name} ({settings})",
        where,
    )


def read_workbook(path: Path) -> tuple[str, list[dict[str, object]]]:
    """An Ofsted list as published (xlsx): which list it is (childrens_homes or
    social_care_providers) and its rows that have a URN."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises several kinds for a file that is not xlsx
        raise ValueError(f"{path.name} could not be read as an xlsx workbook: {exc}") from exc
    try:
        homes = _sheet_named(book, HOMES_SHEET)
        split = [_sheet_named(book, s) for s in HOMES_SPLIT_SHEETS]
        if homes is not None:
            header, rows = _sheet_table(book[homes])
            columns = LISTS["childrens_homes__provider_information.csv"][1]
            where = f"{path.name}, sheet {homes!r},"
            records = _records(
                header, rows, columns, "childrens_homes", f"{path.name} ({homes})", where
            )
            return "childrens_homes", records
        if split[0] is not None and split[1] is not None:
            return "childrens_homes", _homes_split(book, path, split[0], split[1])
        sheets = book.worksheets
        first = _sheet_table(sheets[0]) if sheets else ([], [])
        if not any((_text(c) or "").lower() == "placement provider code" for c in first[0]):
            raise ValueError(
                f"{path.name} is not an Ofsted provider list: no sheet {HOMES_SHEET!r} (children's "
                "homes) and no column 'Placement provider code' in its first sheet (social care "
                "providers)"
            )
        if len(sheets) < 2:
            raise ValueError(
                f"{path.name} has no second sheet: the social care providers list has current "
                "providers in its first sheet and closed providers in its second"
            )
        records = []
        names = ("social_care_providers__current.csv", "social_care_providers__closed.csv")
        for sheet, name in zip(sheets[:2], names, strict=True):
            source_list, columns = LISTS[name]
            header, rows = _sheet_table(sheet) if sheet is not sheets[0] else first
            where = f"{path.name}, sheet {sheet.title!r},"
            records += _records(
                header, rows, columns, source_list, f"{path.name} ({sheet.title})", where
            )
        return "social_care_providers", records
    finally:
        book.close()


def read_folder(folder: Path) -> list[dict[str, object]]:
    """Every provider row in a folder: the Ofsted xlsx workbooks it holds, and the CSV sheet
    files of LISTS. Each list may come once, as a workbook or as CSV."""
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder} is not a folder")
    workbooks = sorted(
        p for p in folder.iterdir() if p.suffix.lower() == ".xlsx" and not p.name.startswith("~$")
    )
    sheets = [name for name in LISTS if (folder / name).exists()]
    if not workbooks and not sheets:
        raise FileNotFoundError(
            f"no provider list in {folder}: expected the Ofsted xlsx workbooks, or "
            f"{', '.join(LISTS)} (CSV, one per sheet)"
        )
    rows: list[dict[str, object]] = []
    delivered: dict[str, str] = {}

    def deliver(workbook: str, file_name: str) -> None:
        if workbook in delivered and delivered[workbook] != file_name:
            raise ValueError(
                f"{folder} holds the {workbook.replace('_', ' ')} list twice: "
                f"{delivered[workbook]} and {file_name}; keep one"
            )
        delivered[workbook] = file_name

    for path in workbooks:
        workbook, records = read_workbook(path)
        deliver(workbook, path.name)
        rows.extend(records)
    for name in sheets:
        deliver(WORKBOOK_OF[name], "the CSV sheets")
        source_list, columns = LISTS[name]
        rows.extend(read_list(folder / name, source_list, columns))
    return rows


_INSERT = """
insert into reference_data.providers
select
    p.urn,
    coalesce(pc.la_code, la.la_code) as la_code,
    case when pc.la_code is not null then 'postcode'
        when la.la_code is not null then 'name' end as la_code_from,
    p.la_name,
    p.postcode,
    p.place_codes,
    p.provider_codes,
    p.reg_end,
    p.source_list,
    p.source_file,
    p.source_row,
    current_timestamp as loaded_at
from _providers as p
left join reference_data.postcodes as pc on p.postcode = pc.postcode
left join _provider_las as la on lower(p.la_name) = lower(la.la_name)
"""


def load(con: duckdb.DuckDBPyConnection, folder: Path, seeds: Path = SEEDS) -> ProviderLoad:
    """Replace reference_data.providers with the lists in `folder`, in one transaction."""
    started = time.perf_counter()
    rows = read_folder(folder)
    frame = pd.DataFrame(
        {
            column: pd.Series([r[column] for r in rows], dtype="object")
            for column in (*FIELDS, "source_list", "source_file")
        }
    )
    frame["source_row"] = pd.Series([r["source_row"] for r in rows], dtype="int64")
    las = pd.read_csv(seeds / "local_authorities.csv", dtype=str)[["la_code", "la_name"]]
    con.register("_providers", frame)
    con.register("_provider_las", las)
    try:
        con.execute("begin transaction")
        try:
            con.execute("delete from reference_data.providers")
            con.execute(_INSERT)
            counts = con.execute(
                "select count(distinct urn), "
                "count(*) filter (where la_code_from = 'postcode'), "
                "count(*) filter (where la_code_from = 'name'), "
                "count(*) filter (where la_code is null) from reference_data.providers"
            ).fetchall()[0]
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
    finally:
        con.unregister("_providers")
        con.unregister("_provider_las")
    by_list: dict[str, int] = {}
    for r in rows:
        by_list[str(r["source_list"])] = by_list.get(str(r["source_list"]), 0) + 1
    return ProviderLoad(
        rows=by_list,
        urns=int(counts[0]),
        la_from_postcode=int(counts[1]),
        la_from_name=int(counts[2]),
        la_unknown=int(counts[3]),
        seconds=time.perf_counter() - started,
    )
