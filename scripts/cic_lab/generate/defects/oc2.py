"""OC2 defects: SDQ scores and reasons, health flags and substance-misuse interventions.

One kind per DfE rule it should trigger; `registry` orders them in the catalogue.
"""

from __future__ import annotations

from cic_lab.generate.defects.kind import Kinds, Target, change
from cic_lab.generate.defects.values import (
    Row,
)

kinds = Kinds("oc2")


def _oc2(t: Target) -> Row | None:
    return t.pick(t.rows("oc2"))


@kinds.defect("oc2_sdq_score_invalid", "180")
def _sdq_score(t: Target) -> bool:
    return change(_oc2(t), SDQ_SCORE=t.rng.choice(["41", "99", "-1", "X"]), SDQ_REASON=None)


@kinds.defect("oc2_sdq_score_and_reason", "197a")
def _sdq_both(t: Target) -> bool:
    row = _oc2(t)
    if row is None:
        return False
    return change(
        row,
        SDQ_SCORE=row.get("SDQ_SCORE") or str(t.rng.randint(0, 40)),
        SDQ_REASON=row.get("SDQ_REASON") or t.rng.choice(["SDQ2", "SDQ4"]),
    )


@kinds.defect("oc2_sdq_reason_invalid", "196")
def _sdq_reason(t: Target) -> bool:
    return change(_oc2(t), SDQ_SCORE=None, SDQ_REASON=t.rng.choice(["SDQ6", "SDQ0", "NONE"]))


@kinds.defect("oc2_flag_invalid", "181")
def _oc2_flag(t: Target) -> bool:
    column = t.rng.choice(["IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT"])
    return change(_oc2(t), **{column: t.rng.choice(["2", "Y", "N"])})


@kinds.defect("oc2_intervention_without_misuse", "193")
def _oc2_intervention(t: Target) -> bool:
    return change(_oc2(t), SUBSTANCE_MISUSE="0", INTERVENTION_RECEIVED="1")
