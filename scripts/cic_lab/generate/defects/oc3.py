"""OC3 defects: care leavers' contact, activity and accommodation.

One kind per DfE rule it should trigger; `registry` orders them in the catalogue.
"""

from __future__ import annotations

from cic_lab.generate.defects.kind import Kinds, Target, change
from cic_lab.generate.defects.values import (
    Row,
)

kinds = Kinds("oc3")


def _oc3(t: Target) -> Row | None:
    return t.pick(t.rows("oc3"))


@kinds.defect("oc3_in_touch_invalid", "131")
def _oc3_touch(t: Target) -> bool:
    return change(_oc3(t), IN_TOUCH=t.rng.choice(["Y", "MAYBE", "DEAD"]))


@kinds.defect("oc3_activity_invalid", "132")
def _oc3_activ(t: Target) -> bool:
    # F3/P3 were retired in 2021-22.
    return change(_oc3(t), ACTIV=t.rng.choice(["F3", "P3", "G7"]))


@kinds.defect("oc3_accommodation_invalid", "133")
def _oc3_accom(t: Target) -> bool:
    return change(_oc3(t), ACCOM=t.rng.choice(["S1", "X1", "A1"]))


@kinds.defect("oc3_partial", "153")
def _oc3_partial(t: Target) -> bool:
    row = _oc3(t)
    if row is None:
        return False
    if row.get("IN_TOUCH") is None:
        return change(row, IN_TOUCH="YES", ACTIV=None, ACCOM=None)
    return change(row, **{t.rng.choice(["ACTIV", "ACCOM"]): None})


@kinds.defect("oc3_died_with_activity", "344")
def _oc3_died(t: Target) -> bool:
    return change(_oc3(t), IN_TOUCH=t.rng.choice(["DIED", "RHOM"]), ACTIV="F2", ACCOM="U1")


@kinds.defect("oc3_in_touch_without_activity", "345")
def _oc3_zero(t: Target) -> bool:
    return change(_oc3(t), IN_TOUCH="YES", ACTIV="0", ACCOM="0")
