"""Generate a tier of synthetic 903 returns: LAs sized by population, simulated per LA."""

from __future__ import annotations

import csv
import json
import multiprocessing
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cic.ssda903 import check_year
from cic_lab.generate.geography import (
    UNMAPPED_BY_ORACLE,
    LocalAuthority,
    Place,
    load_postcodes,
    local_authorities,
    neighbours,
    stable_int,
)
from cic_lab.generate.model import HORIZON, SIM_START, Child, ChildSimulator
from cic_lab.generate.placements import Placer
from cic_lab.generate.providers import Provider, build_registry, write_provider_lists
from cic_lab.generate.render import Row, render_year

# National flows the simulation is calibrated to (per year, England; see docs/generator.md).
FIRST_ENTRIES = 25_000  # children entering care for the first time, excluding UASC
UASC_ENTRIES = 6_000
SHORT_BREAK_CHILDREN = 450  # new children a year on an agreed series of short breaks
CHILDREN_IN_YEAR = 117_000  # looked after at some time in a year: used to size small tiers
SMALL_LAS = ("940", "941")
LA_TIER_LA = "873"
REGION = "South West"
# Where unaccompanied children arrive and stay (Kent and ports, London): multipliers on size.
UASC_WEIGHT = {"886": 9.0, "306": 5.0, "312": 3.0, "851": 2.0, "852": 2.0, "887": 2.0}

Tables = dict[str, list[Row]]


@dataclass
class GenerateResult:
    """What a run produced: rows per LA, year and table, and how long each LA took."""

    tier: str
    seed: int
    years: list[str]
    rows: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)  # la -> year -> table
    seconds: dict[str, float] = field(default_factory=dict)  # la -> simulation + rendering
    total_seconds: float = 0.0
    defects: int = 0


@dataclass(frozen=True)
class _World:
    """Everything a worker needs, shared with forked workers through a module global."""

    seed: int
    years: tuple[str, ...]
    pools: dict[str, tuple[Place, ...]]
    near: dict[str, tuple[str, ...]]
    registry: dict[str, list[Provider]]
    sizes: dict[str, float]  # share of national flows
    uasc: dict[str, float]  # share of national UASC arrivals
    scale: dict[str, float]
    sources: tuple[str, ...] = ()  # CMS extract shapes to write beside the 903 files
    out: Path | None = None


_WORLD: _World | None = None


def _shares(counts: dict[str, int]) -> tuple[dict[str, float], dict[str, float]]:
    """Each LA's share of national entries: postcodes as population, times a local rate that
    is the same for every seed (docs/generator.md: drawn per seed, it moved England's figures)."""
    raw = {}
    for la, n in counts.items():
        spread = random.Random(stable_int("rate", la)).lognormvariate(0, 0.35)
        raw[la] = n * spread
    total = sum(raw.values())
    sizes = {la: v / total for la, v in raw.items()}
    uasc_raw = {
        la: share * UASC_WEIGHT.get(la, 1.6 if la[0] in "23" else 0.7)
        for la, share in sizes.items()
    }
    uasc_total = sum(uasc_raw.values())
    return sizes, {la: v / uasc_total for la, v in uasc_raw.items()}


def tier_las(tier: str) -> list[LocalAuthority]:
    las = local_authorities()
    if tier == "small":
        return [la for la in las if la.la_code in SMALL_LAS]
    if tier == "la":
        return [la for la in las if la.la_code == LA_TIER_LA]
    if tier == "region":
        return [la for la in las if la.region == REGION]
    if tier == "national":
        return list(las)
    raise ValueError(f"unknown tier {tier!r}: use small, la, region or national")


def _scale(tier: str, la: str, sizes: dict[str, float]) -> float:
    if tier == "small":
        return 100 / (CHILDREN_IN_YEAR * sizes[la])
    if tier == "la":
        return 1000 / (CHILDREN_IN_YEAR * sizes[la])
    return 1.0


def _arrivals(rng: random.Random, per_year: float) -> Iterator[int]:
    """Days of a Poisson stream of first entries over the simulated span."""
    if per_year <= 0:
        return
    day = float(SIM_START)
    while True:
        day += rng.expovariate(per_year / 365.25)
        if day > HORIZON:
            return
        yield int(day)


def simulate_la(la: str, world: _World) -> list[Child]:
    """Every child of one LA over the simulated span, from one LA-specific random stream."""
    rng = random.Random(stable_int(world.seed, "children", la))
    placer = Placer(la, world.pools, world.near, world.registry)
    sim = ChildSimulator(rng, la, placer, world.pools[la])
    scale = world.scale[la]
    streams = [
        (day, kind)
        for kind, per_year in (
            ("care", FIRST_ENTRIES * world.sizes[la] * scale),
            ("uasc", UASC_ENTRIES * world.uasc[la] * scale),
            ("breaks", SHORT_BREAK_CHILDREN * world.sizes[la] * scale),
        )
        for day in _arrivals(rng, per_year)
    ]
    streams.sort()
    children: list[Child] = []
    for day, kind in streams:
        child = sim.child(len(children) + 1, day, kind == "uasc", kind == "breaks")
        if child is not None and child.periods:
            children.append(child)
    return children


def _work(la: str) -> tuple[str, dict[str, Tables], float]:
    assert _WORLD is not None
    started = time.perf_counter()
    children = simulate_la(la, _WORLD)
    returns = {year: render_year(children, year, _WORLD.seed) for year in _WORLD.years}
    if _WORLD.sources:
        _write_extracts(children, la, _WORLD)
    return la, returns, time.perf_counter() - started


def _write_extracts(children: list[Child], la: str, world: _World) -> None:
    """One extract per CMS shape for the LA, as of the end of the last year generated."""
    from cic_lab.generate.extracts import WRITERS
    from cic_lab.generate.history import histories

    assert world.out is not None
    records = histories(children, list(world.years), world.seed)
    for source in world.sources:
        WRITERS[source](world.out / source / la, la, records, world.seed)


def _write(out: Path, la: str, returns: dict[str, Tables], xml: bool) -> None:
    from cic.export.files import write_csv_set, write_xml

    for year, tables in returns.items():
        folder = out / "ssda903" / la / year
        write_csv_set(folder, tables, year)
        if xml:
            write_xml(folder / f"ssda903_{la}_{year}.xml", tables, year)


def run(
    out: Path,
    tier: str,
    years: list[str],
    seed: int,
    errors: float = 0.0,
    xml: bool = False,
    processes: int = 2,
    sources: tuple[str, ...] = (),
    on_la: Callable[[str, int, int], None] | None = None,
) -> GenerateResult:
    """Write the 903 CSV set per LA and year under `out`, the LA list and the provider lists,
    and for each CMS shape in `sources` one extract per LA under `out/<source>/<la>/`.
    `on_la(la, done, total)` is called as each LA is finished (for a progress bar)."""
    global _WORLD
    started = time.perf_counter()
    years = sorted(check_year(y) for y in years)
    las = tier_las(tier)
    postcodes = load_postcodes(seed)
    sizes, uasc = _shares(postcodes.counts)
    registry = build_registry(seed, postcodes.pools, sizes)
    _WORLD = _World(
        seed,
        tuple(years),
        postcodes.pools,
        neighbours(postcodes.pools),
        registry,
        sizes,
        uasc,
        {la.la_code: _scale(tier, la.la_code, sizes) for la in las},
        tuple(sources),
        out,
    )
    result = GenerateResult(tier, seed, years)
    out.mkdir(parents=True, exist_ok=True)
    kept: dict[tuple[str, str], dict[str, list[dict[str, str | None]]]] = {}
    codes = [la.la_code for la in las]
    if processes > 1 and len(codes) > 1:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            outcomes = _finished(
                _collect(pool.imap(_work, codes), out, xml, errors, result, kept), len(codes), on_la
            )
    else:
        outcomes = _finished(
            _collect(map(_work, codes), out, xml, errors, result, kept), len(codes), on_la
        )
    del outcomes
    if errors > 0:
        from cic_lab.generate import defects

        manifest = defects.inject(kept, errors, seed, years)
        result.defects = len(manifest)
        for (la, year), tables in sorted(kept.items()):
            _write(out, la, {year: tables}, xml)
        (out / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    with (out / "local_authorities.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("la_code", "ons_code", "la_name"))
        writer.writerows((la.la_code, la.ons_code, la.la_name) for la in las)
    names = {la.la_code: la.la_name for la in local_authorities()}
    write_provider_lists(out / "providers", registry, names)
    _WORLD = None
    result.total_seconds = time.perf_counter() - started
    return result


def _finished(
    las: Iterator[str], total: int, on_la: Callable[[str, int, int], None] | None
) -> list[str]:
    done = []
    for la in las:
        done.append(la)
        if on_la is not None:
            on_la(la, len(done), total)
    return done


def _collect(
    outcomes: Iterator[tuple[str, dict[str, Tables], float]],
    out: Path,
    xml: bool,
    errors: float,
    result: GenerateResult,
    kept: dict[tuple[str, str], dict[str, list[dict[str, str | None]]]],
) -> Iterator[str]:
    for la, returns, seconds in outcomes:
        result.seconds[la] = round(seconds, 3)
        result.rows[la] = {
            y: {t: len(rows) for t, rows in tables.items()} for y, tables in returns.items()
        }
        if errors > 0:
            kept.update({(la, year): tables for year, tables in returns.items()})
        else:
            _write(out, la, returns, xml)
        yield la


__all__ = ["UNMAPPED_BY_ORACLE", "GenerateResult", "run", "tier_las"]
