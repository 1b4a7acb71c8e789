"""Benchmark: `cic nightly` on a generated tier, step by step, on two nights.

The tier is generated once (cached under generated/bench/) with every CMS family's extract
beside the 903 files, and a registry assigns the councils round-robin to ssda903, lcs, mosaic
and eclipse, so that one night lands and builds every kind of source. The first night lands
everything into a new warehouse; the second finds nothing new (as most nights would for most
councils) and rebuilds and republishes. Each night runs as its own process; its step timings
come from the run's log.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from cic.cms import SOURCES
from cic.nightly.extracts import SSDA903
from cic_lab.bench import data_folder, ensure_data
from cic_lab.processes import measure


@dataclass(frozen=True)
class Night:
    name: str
    returncode: int
    wall_seconds: float
    peak_rss_mb: float  # the nightly process itself (dbt runs as its child)
    steps: dict[str, tuple[int, float]]  # step -> (times run, seconds)


def _data(tier: str, seed: int, years: list[str]) -> Path:
    folder = data_folder(tier, seed, years, "nightly")
    return ensure_data(folder, tier, seed, years, tuple(SOURCES))


def _registry(data: Path, out: Path) -> dict[str, str]:
    kinds = [SSDA903, *SOURCES]
    las = sorted(p.name for p in (data / SSDA903).iterdir() if p.is_dir())
    assigned = {la: kinds[i % len(kinds)] for i, la in enumerate(las)}
    out.write_text(
        "la_code,la_name,source_system\n"
        + "".join(f"{la},Council {la},{source}\n" for la, source in assigned.items()),
        encoding="utf-8",
    )
    return assigned


def _night(name: str, data: Path, registry: Path, warehouse: Path) -> Night:
    logs = warehouse.parent / "logs"
    before = set(logs.glob("nightly-*[0-9].json")) if logs.exists() else set()
    env = os.environ | {"CIC_WAREHOUSE": str(warehouse)}
    cic = str(Path(sys.executable).with_name("cic"))
    measured = measure(
        [cic, "nightly", "--extracts", str(data), "--registry", str(registry)], env=env
    )
    (log,) = set(logs.glob("nightly-*[0-9].json")) - before
    steps: dict[str, tuple[int, float]] = {}
    for step in json.loads(log.read_text(encoding="utf-8"))["steps"]:
        count, seconds = steps.get(step["step"], (0, 0.0))
        steps[step["step"]] = (count + 1, seconds + float(step["seconds"]))
    if measured.returncode not in (0, 1):
        raise RuntimeError(f"cic nightly failed ({measured.returncode}): {measured.stderr[-2000:]}")
    return Night(name, measured.returncode, measured.wall_seconds, measured.peak_rss_mb, steps)


def bench_nightly(tier: str, seed: int, years: list[str]) -> tuple[dict[str, str], list[Night]]:
    data = _data(tier, seed, years)
    scratch = data.parent / f"{data.name}_nightly_run"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True, mode=0o700)
    assigned = _registry(data, scratch / "councils.csv")
    warehouse = scratch / "warehouse" / "build.duckdb"
    nights = [
        _night(name, data, scratch / "councils.csv", warehouse)
        for name in ("first night (all new)", "second night (nothing new)")
    ]
    return assigned, nights


def render(tier: str, assigned: dict[str, str], nights: list[Night]) -> str:
    kinds = {k: sum(v == k for v in assigned.values()) for k in sorted(set(assigned.values()))}
    lines = [
        f"cic nightly, tier {tier}: {len(assigned)} councils "
        f"({', '.join(f'{k} {n}' for k, n in kinds.items())})",
        "",
        "| step | " + " | ".join(n.name for n in nights) + " |",
        "|---|" + "---:|" * len(nights),
    ]
    names: list[str] = []
    for night in nights:
        names += [s for s in night.steps if s not in names]
    for step in names:
        cells = []
        for night in nights:
            count, seconds = night.steps.get(step, (0, 0.0))
            cells.append(f"{seconds:.1f} s" + (f" ({count}x)" if count > 1 else ""))
        lines.append(f"| {step} | " + " | ".join(cells) + " |")
    lines.append(
        "| **whole run (wall)** | "
        + " | ".join(f"**{n.wall_seconds:.1f} s**" for n in nights)
        + " |"
    )
    lines.append(
        "| peak memory of cic (dbt is its child) | "
        + " | ".join(f"{n.peak_rss_mb:.0f} MB" for n in nights)
        + " |"
    )
    return "\n".join(lines)
