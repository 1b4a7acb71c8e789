"""OC3 defects: care leavers' contact, activity and accommodation."""

from __future__ import annotations

from cic_lab.generate.defects.kind import Kinds, Target, change, one_of
from cic_lab.generate.defects.values import Row

kinds = Kinds("oc3")
kinds.sets("oc3_in_touch_invalid", "131", IN_TOUCH=one_of("Y", "MAYBE", "DEAD"))
# F3/P3 were retired in 2021-22.
kinds.sets("oc3_activity_invalid", "132", ACTIV=one_of("F3", "P3", "G7"))
kinds.sets("oc3_accommodation_invalid", "133", ACCOM=one_of("S1", "X1", "A1"))


@kinds.edits("oc3_partial", "153")
def _oc3_partial(t: Target, row: Row) -> bool:
    if row.get("IN_TOUCH") is None:
        return change(row, IN_TOUCH="YES", ACTIV=None, ACCOM=None)
    return change(row, **{t.rng.choice(["ACTIV", "ACCOM"]): None})


kinds.sets("oc3_died_with_activity", "344", IN_TOUCH=one_of("DIED", "RHOM"), ACTIV="F2", ACCOM="U1")
kinds.sets("oc3_in_touch_without_activity", "345", IN_TOUCH="YES", ACTIV="0", ACCOM="0")
