"""PrevPerm defects: the previous permanence option and its details."""

from __future__ import annotations

from cic_lab.generate.defects.kind import Kinds, Target, change, one_of
from cic_lab.generate.defects.values import Row

kinds = Kinds("prev_perm")
kinds.sets("prev_perm_option_invalid", "631", PREV_PERM=one_of("P5", "Z2", "P0"))
kinds.sets("prev_perm_la_invalid", "633", LA_PERM=one_of("000", "123", "ENG"))


@kinds.edits("prev_perm_details_without_option", "635")
def _pp_details(t: Target, row: Row) -> bool:
    return change(row, PREV_PERM=None, LA_PERM=row.get("LA_PERM") or "999")
