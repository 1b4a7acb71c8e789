"""UASC defects: the date UASC status ceased."""

from __future__ import annotations

from datetime import date, timedelta

from cic_lab.generate.defects.kind import Kinds, Target, bad_date, change, dated
from cic_lab.generate.defects.values import Row, add_years, fmt, parse_date, year_start

kinds = Kinds("uasc")
kinds.sets("uasc_ceased_invalid", "104", DUC=bad_date)


@kinds.edits("uasc_ceased_after_18", "304", where=dated("DOB"))
def _duc_after_18(t: Target, row: Row) -> bool:
    turned_18 = add_years(parse_date(row["DOB"]) or date.min, 18)
    ceased = max(turned_18 + timedelta(days=t.rng.randint(1, 90)), year_start(t.year))
    return change(row, DUC=fmt(ceased))
