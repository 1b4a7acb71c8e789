"""CATALOGUE: every defect kind by name, from the table modules, in a fixed order.

The order is part of the generated data: `inject` draws one random number per kind for each
damaged child, in this order, to rank the kinds it tries. Reordering the kinds changes which
defect every child gets, so the order is that of the original single-module catalogue: each
table's same-year kinds, table by table, then the cross-year kinds.
"""

from __future__ import annotations

from cic_lab.generate.defects import (
    ad1,
    dolo,
    episodes,
    header,
    missing,
    oc2,
    oc3,
    placed_adoption,
    prev_perm,
    reviews,
    sw_episodes,
    uasc,
)
from cic_lab.generate.defects.kind import DefectKind, Kinds

TABLES: tuple[Kinds, ...] = (
    header.kinds,
    episodes.kinds,
    reviews.kinds,
    uasc.kinds,
    ad1.kinds,
    placed_adoption.kinds,
    prev_perm.kinds,
    oc2.kinds,
    oc3.kinds,
    missing.kinds,
    sw_episodes.kinds,
    dolo.kinds,
)
CROSS_YEAR: tuple[Kinds, ...] = (
    header.kinds,
    episodes.kinds,
    missing.kinds,
    placed_adoption.kinds,
)


def _catalogue() -> dict[str, DefectKind]:
    ordered = [k for t in TABLES for k in t.kinds if not k.cross_year]
    ordered += [k for t in CROSS_YEAR for k in t.kinds if k.cross_year]
    catalogue: dict[str, DefectKind] = {}
    for kind in ordered:
        if kind.name in catalogue:
            raise ValueError(f"defect kind {kind.name} declared twice")
        catalogue[kind.name] = kind
    declared = sum(len(t.kinds) for t in TABLES)
    if len(catalogue) != declared:
        raise ValueError(
            f"{declared - len(catalogue)} cross-year defect kind(s) of a table missing from "
            "CROSS_YEAR"
        )
    return catalogue


CATALOGUE: dict[str, DefectKind] = _catalogue()
