"""Adding a council: its registry row, and mapping rows to fill in for its local codes.

The registry (seeds/reference/councils.csv) says which source system a council's data comes
from. Local values become DfE codes through seeds/reference/local_code_map.csv: rows with a
blank la_code hold for every council on a CMS family, so a council on a known CMS usually needs
only the rows for values its own configuration added. Those show up in validation.unmapped_codes
once its first extract is landed and built; `scaffold_mappings` turns each into a row whose
dfe_code is left blank for a person to fill in.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import duckdb

from cic.cms import SOURCE_SYSTEMS
from cic.paths import PROJECT_ROOT
from cic.ssda903 import check_la

SEEDS = PROJECT_ROOT / "seeds" / "reference"
REGISTRY_COLUMNS = ("la_code", "la_name", "source_system")
MAP_COLUMNS = (
    "la_code",
    "source_system",
    "domain",
    "local_value",
    "dfe_code",
    "valid_from",
    "valid_to",
    "note",
)
TO_FILL_IN = "to fill in"


@dataclass(frozen=True)
class Scaffolded:
    registered: bool  # False when the council was already registered with this source
    mapping_rows: int  # rows appended to the local code map, dfe_code blank
    unmapped_found: bool  # False when the warehouse has no unmapped_codes mart yet


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _append(path: Path, columns: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    text = path.read_text(encoding="utf-8")
    with path.open("a", encoding="utf-8", newline="") as handle:
        if text and not text.endswith("\n"):
            handle.write("\n")
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writerows(rows)


@dataclass(frozen=True)
class Registered:
    """A row of a council registry."""

    la_code: str
    la_name: str
    source_system: str


def read_registry(path: Path) -> list[Registered]:
    """The councils of a registry file (la_code, la_name, source_system), checked: the file is
    UTF-8 with both required columns, each row a DfE 3-digit LA code, a known source and an LA
    registered once. Blank rows are passed over. Raises ValueError naming the file, line and
    problem (a registry holds councils' codes and names, never child data)."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ValueError(f"{path}, line {line}: a byte that is not UTF-8") from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [name.strip() for name in reader.fieldnames or []]
    missing = [c for c in ("la_code", "source_system") if c not in header]
    if missing:
        raise ValueError(
            f"{path}: no column(s) {', '.join(missing)} (a registry's columns are "
            f"{', '.join(REGISTRY_COLUMNS)})"
        )
    reader.fieldnames = header
    rows: list[Registered] = []
    first: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        values = {k: (v or "").strip() for k, v in row.items() if isinstance(k, str)}
        if not any(values.values()):
            continue
        la, source = values["la_code"], values["source_system"]
        try:
            check_la(la)
        except ValueError as exc:
            raise ValueError(f"{path}, line {line}: {exc}") from exc
        if source not in SOURCE_SYSTEMS:
            raise ValueError(
                f"{path}, line {line}: source_system {source!r} is not one of "
                f"{', '.join(SOURCE_SYSTEMS)}"
            )
        if la in first:
            raise ValueError(
                f"{path}, line {line}: LA {la} is registered again (first on line {first[la]})"
            )
        first[la] = line
        rows.append(Registered(la, values.get("la_name", ""), source))
    return rows


def known_la_codes(seeds: Path = SEEDS) -> frozenset[str]:
    """DfE codes of English LAs (local_authorities.csv) and of councils in the registry."""
    return frozenset(row["la_code"] for row in _read(seeds / "local_authorities.csv")) | {
        row.la_code for row in read_registry(seeds / "councils.csv")
    }


def register(la: str, name: str, source: str, seeds: Path = SEEDS) -> bool:
    """Add the council to the registry; False if it is already there with this source."""
    if source not in SOURCE_SYSTEMS:
        raise ValueError(f"unknown source {source!r}: use {', '.join(SOURCE_SYSTEMS)}")
    path = seeds / "councils.csv"
    for row in read_registry(path):
        if row.la_code == la:
            if row.source_system != source:
                raise ValueError(
                    f"LA {la} is already registered with source {row.source_system}: "
                    f"edit {path} if it has moved to {source}"
                )
            return False
    _append(path, REGISTRY_COLUMNS, [{"la_code": la, "la_name": name, "source_system": source}])
    return True


def store_registry(con: duckdb.DuckDBPyConnection, path: Path, seeds: Path = SEEDS) -> int:
    """Make `path` the registry dbt reads (stg_reference__councils): its rows replace those of
    raw._councils, so that a later plain `dbt build` sees the registry the last nightly run was
    given. The project's own registry (seeds/reference/councils.csv, a seed dbt reads anyway)
    clears the table. Returns the rows stored."""
    con.execute("delete from raw._councils")
    if path.resolve() == (seeds / "councils.csv").resolve() or not path.is_file():
        return 0
    rows = [(row.la_code, row.la_name, row.source_system) for row in read_registry(path)]
    if rows:
        con.executemany(
            "insert into raw._councils values (?, ?, ?, ?, current_timestamp)",
            [(*row, path.name) for row in rows],
        )
    return len(rows)


def unmapped_values(warehouse: Path, la: str, source: str) -> list[tuple[str, str, int]] | None:
    """(domain, local value, rows) the warehouse could not map for the council; None when the
    warehouse or its validation.unmapped_codes mart does not exist yet."""
    if not warehouse.exists():
        return None
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        rows = con.execute(
            "select domain, local_value, rows_affected from validation.unmapped_codes "
            "where la_code = ? and source_system = ? order by domain, local_value",
            [la, source],
        ).fetchall()
    except duckdb.CatalogException:
        return None
    finally:
        con.close()
    return [(str(d), str(v), int(n)) for d, v, n in rows]


def scaffold_mappings(
    la: str, source: str, warehouse: Path, seeds: Path = SEEDS
) -> tuple[int, bool]:
    """Append a row with a blank dfe_code for each value of the council that nothing maps
    (and that has no row yet). Returns the rows appended and whether the mart was there."""
    found = unmapped_values(warehouse, la, source)
    if found is None:
        return 0, False
    path = seeds / "local_code_map.csv"
    present = {
        (r["la_code"], r["source_system"], r["domain"], r["local_value"].strip().upper())
        for r in _read(path)
    }
    rows = [
        {
            "la_code": la,
            "source_system": source,
            "domain": domain,
            "local_value": value,
            "dfe_code": "",
            "valid_from": "",
            "valid_to": "",
            "note": f"{TO_FILL_IN}: {rows} row(s) carry it",
        }
        for domain, value, rows in found
        if (la, source, domain, value.strip().upper()) not in present
    ]
    if rows:
        _append(path, MAP_COLUMNS, rows)
    return len(rows), True


def new_council(
    la: str, name: str, source: str, warehouse: Path, seeds: Path = SEEDS
) -> Scaffolded:
    registered = register(la, name, source, seeds)
    if source == "ssda903":
        return Scaffolded(registered, 0, True)
    appended, found = scaffold_mappings(la, source, warehouse, seeds)
    return Scaffolded(registered, appended, found)
