"""Choosing and damaging children: `inject` gives `rate` of each LA-year's children one defect
kind each, deterministically from the seed, and returns the manifest."""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from collections.abc import Iterator

from cic_lab.generate.defects.kind import DefectKind, Target
from cic_lab.generate.defects.registry import CATALOGUE
from cic_lab.generate.defects.values import Returns, Tables, previous_year


def stable_rng(*parts: object) -> random.Random:
    """A random.Random seeded from the parts through SHA-256 (stable across runs, unlike hash)."""
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def kinds_for(year: str, has_previous: bool) -> list[DefectKind]:
    """Defect kinds that can apply in a collection year."""
    return [
        k for k in CATALOGUE.values() if k.in_force(year) and (has_previous or not k.cross_year)
    ]


def reachable_codes(years: list[str]) -> set[str]:
    """Every DfE rule code some defect kind can trigger in the given years."""
    return {c for y in years for k in kinds_for(y, True) for c in k.rule_codes}


def _children(tables: Tables) -> list[str]:
    ids = {str(r["CHILD"]) for r in tables.get("header", []) if r.get("CHILD")}
    return sorted(ids)


def _choose_kind(
    target: Target, kinds: list[DefectKind], used: Counter[str]
) -> Iterator[DefectKind]:
    """Kinds in the order to try them: the least used first, ties in random order."""
    order = sorted(kinds, key=lambda k: (used[k.name], target.rng.random()))
    yield from order


def inject(returns: Returns, rate: float, seed: int, years: list[str]) -> list[dict[str, object]]:
    """Damage `rate` of the children of every LA-year in `years`; return the manifest.

    Each damaged child gets exactly one defect; no child (per LA) is damaged twice, even in
    different years. Mutates `returns` in place.
    """
    if not 0.0 <= rate <= 1.0:
        raise ValueError(f"rate {rate} is not between 0 and 1")
    manifest: list[dict[str, object]] = []
    damaged: set[tuple[str, str]] = set()
    used: Counter[str] = Counter()
    wanted = set(years)
    for la, year in sorted(returns):
        if year not in wanted:
            continue
        tables = returns[(la, year)]
        previous = returns.get((la, previous_year(year)))
        kinds = kinds_for(year, previous is not None)
        rng = stable_rng(seed, la, year)
        children = [c for c in _children(tables) if (la, c) not in damaged]
        count = min(len(children), round(rate * len(_children(tables))))
        protected: set[str] = set()
        done = 0
        for child in rng.sample(children, len(children)):
            if done >= count:
                break
            if child in protected:
                continue
            target = Target(
                la, year, child, tables, previous, stable_rng(seed, la, year, child), protected
            )
            for kind in _choose_kind(target, kinds, used):
                if kind.apply(target):
                    used[kind.name] += 1
                    done += 1
                    damaged.add((la, child))
                    manifest.append(
                        {
                            "la_code": la,
                            "year": year,
                            "table": kind.table,
                            "child": child,
                            "defect": kind.name,
                            "rule_codes": list(kind.rule_codes),
                        }
                    )
                    break
    return manifest
