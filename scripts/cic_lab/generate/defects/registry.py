"""CATALOGUE: every defect kind by name, from the table modules, in a fixed order.

The order is part of the generated data: `inject` draws one random number per kind for each
damaged child, in this order, to rank the kinds it tries. Reordering the kinds changes which
defect every child gets, so the order is that of the original single-module catalogue: each
table's same-year kinds, table by table, then the cross-year kinds; then the kinds added for
whole rule families (`FAMILIES`: cross-table, previous-year, integrity, reference data, the
rules of 2023-24 only), each family's in the order it declares them. New kinds go at the end
(a new family, or the end of the last one), which keeps every earlier kind's ranking draw where
it was. Adding kinds still changes what a seed produces: `inject` tries the least used kinds
first, so new kinds take some children, and the draws a kind makes when applied come after one
ranking draw per kind.
"""

from __future__ import annotations

from cic_lab.generate.defects import (
    ad1,
    cross_table,
    dolo,
    episodes,
    header,
    integrity,
    last_year,
    missing,
    oc2,
    oc3,
    placed_adoption,
    prev_perm,
    reference,
    retired,
    reviews,
    sw_episodes,
    uasc,
)
from cic_lab.generate.defects.kind import DefectKind, Family, Kinds

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
FAMILIES: tuple[Family, ...] = (
    cross_table.family,
    last_year.family,
    integrity.family,
    reference.family,
    retired.family,
)


def _catalogue() -> dict[str, DefectKind]:
    ordered = [k for t in TABLES for k in t.kinds if not k.cross_year]
    ordered += [k for t in CROSS_YEAR for k in t.kinds if k.cross_year]
    ordered += [k for f in FAMILIES for k in f.kinds]
    catalogue: dict[str, DefectKind] = {}
    for kind in ordered:
        if kind.name in catalogue:
            raise ValueError(f"defect kind {kind.name} declared twice")
        catalogue[kind.name] = kind
    declared = sum(len(t.kinds) for t in TABLES) + sum(len(f.kinds) for f in FAMILIES)
    if len(catalogue) != declared:
        raise ValueError(
            f"{declared - len(catalogue)} cross-year defect kind(s) of a table missing from "
            "CROSS_YEAR"
        )
    return catalogue


CATALOGUE: dict[str, DefectKind] = _catalogue()
