"""UASC defects: the date UASC status ceased.

One kind per DfE rule it should trigger; `registry` orders them in the catalogue.
"""

from __future__ import annotations

from datetime import date, timedelta

from cic_lab.generate.defects.kind import Kinds, Target, bad_date, change
from cic_lab.generate.defects.values import (
    add_years,
    fmt,
    parse_date,
    year_start,
)

kinds = Kinds("uasc")


@kinds.defect("uasc_ceased_invalid", "104")
def _duc_invalid(t: Target) -> bool:
    return change(t.pick(t.rows("uasc")), DUC=bad_date(t))


@kinds.defect("uasc_ceased_after_18", "304")
def _duc_after_18(t: Target) -> bool:
    row = t.pick(t.rows("uasc"), lambda r: parse_date(r.get("DOB")) is not None)
    if row is None:
        return False
    turned_18 = add_years(parse_date(row["DOB"]) or date.min, 18)
    ceased = max(turned_18 + timedelta(days=t.rng.randint(1, 90)), year_start(t.year))
    return change(row, DUC=fmt(ceased))
