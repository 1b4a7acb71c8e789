"""PrevPerm defects: the previous permanence option and its details.

One kind per DfE rule it should trigger; `registry` orders them in the catalogue.
"""

from __future__ import annotations

from cic_lab.generate.defects.kind import Kinds, Target, change

kinds = Kinds("prev_perm")


@kinds.defect("prev_perm_option_invalid", "631")
def _pp_option(t: Target) -> bool:
    return change(t.pick(t.rows("prev_perm")), PREV_PERM=t.rng.choice(["P5", "Z2", "P0"]))


@kinds.defect("prev_perm_la_invalid", "633")
def _pp_la(t: Target) -> bool:
    return change(t.pick(t.rows("prev_perm")), LA_PERM=t.rng.choice(["000", "123", "ENG"]))


@kinds.defect("prev_perm_details_without_option", "635")
def _pp_details(t: Target) -> bool:
    row = t.pick(t.rows("prev_perm"))
    if row is None:
        return False
    la = row.get("LA_PERM") or "999"
    return change(row, PREV_PERM=None, LA_PERM=la)
