"""Ofsted provider lists in reference_data.providers: each URN's premises and their DfE LA.

Read as the reference validator reads them (lac_validator/ingress.py): the children's homes list
(sheet "Provider information": URN, Local Authority, Provider Code = placement codes, Provider
Placement Code = provider codes separated by "/", Closed Date, Setting Postcode) and the social
care providers list (sheets current and closed providers: URN, Local authority, Placement code,
Placement provider code, Deregistration date, Setting postcode). Only the CSV form of those
sheets is read for now, one file per sheet, as `cic generate` writes them.

The LA of the premises is the upper-tier LA of the setting postcode in reference_data.postcodes
(as the validator infers it), else the LA named in the list when it matches a name in
seeds/reference/local_authorities.csv; la_code_from says which.
"""

from __future__ import annotations

import csv
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from cic.reference.postcodes import SEEDS, normalise

# file -> (list, columns in order: URN, LA name, placement codes, provider codes, end date,
# postcode); an end date column may be absent (the current providers sheet has none).
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
OPTIONAL = {"Closed Date", "Deregistration date"}
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


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def read_list(path: Path, source_list: str, columns: tuple[str, ...]) -> list[dict[str, object]]:
    """The rows of one list file that have a URN, under our field names."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = {(c or "").strip() for c in reader.fieldnames or []}
        missing = [c for c in columns if c not in header and c not in OPTIONAL]
        if missing:
            raise ValueError(f"{path.name} has no column(s) {', '.join(missing)}")
        rows = []
        for number, raw in enumerate(reader, start=1):
            record = {(k or "").strip(): v for k, v in raw.items()}
            values = dict(zip(FIELDS, (_clean(record.get(c)) for c in columns), strict=True))
            if values["urn"] is None:
                continue
            if values["provider_codes"]:
                values["provider_codes"] = str(values["provider_codes"]).replace("/", ",")
            if values["postcode"]:
                values["postcode"] = normalise(str(values["postcode"]))
            rows.append(
                values
                | {"source_list": source_list, "source_file": path.name, "source_row": number}
            )
    return rows


def read_folder(folder: Path) -> list[dict[str, object]]:
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder} is not a folder")
    found = [name for name in LISTS if (folder / name).exists()]
    if not found:
        raise FileNotFoundError(
            f"no provider list in {folder}: expected {', '.join(LISTS)} (CSV, one per sheet)"
        )
    rows: list[dict[str, object]] = []
    for name in found:
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
