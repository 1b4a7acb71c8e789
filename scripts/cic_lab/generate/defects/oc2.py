"""OC2 defects: SDQ scores and reasons, health flags and substance-misuse interventions."""

from __future__ import annotations

from cic_lab.generate.defects.kind import Kinds, Target, change, one_of
from cic_lab.generate.defects.values import Row

kinds = Kinds("oc2")
kinds.sets("oc2_sdq_score_invalid", "180", SDQ_SCORE=one_of("41", "99", "-1", "X"), SDQ_REASON=None)


@kinds.edits("oc2_sdq_score_and_reason", "197a")
def _sdq_both(t: Target, row: Row) -> bool:
    return change(
        row,
        SDQ_SCORE=row.get("SDQ_SCORE") or str(t.rng.randint(0, 40)),
        SDQ_REASON=row.get("SDQ_REASON") or t.rng.choice(["SDQ2", "SDQ4"]),
    )


kinds.sets(
    "oc2_sdq_reason_invalid", "196", SDQ_SCORE=None, SDQ_REASON=one_of("SDQ6", "SDQ0", "NONE")
)


@kinds.defect("oc2_flag_invalid", "181")
def _oc2_flag(t: Target) -> bool:
    column = t.rng.choice(["IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT"])
    return change(kinds.pick(t), **{column: t.rng.choice(["2", "Y", "N"])})


kinds.sets(
    "oc2_intervention_without_misuse", "193", SUBSTANCE_MISUSE="0", INTERVENTION_RECEIVED="1"
)
