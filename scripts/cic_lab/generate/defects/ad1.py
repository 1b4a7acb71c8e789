"""AD1 defects: adoption decision and match dates, and the adopters' details."""

from __future__ import annotations

from cic_lab.generate.defects.kind import Kinds, Target, bad_date, change, dated, one_of, shift
from cic_lab.generate.defects.values import Row

kinds = Kinds("ad1")
kinds.sets("ad1_date_decision_invalid", "112", DATE_INT=bad_date)
kinds.sets("ad1_date_match_invalid", "113", DATE_MATCH=bad_date)
kinds.sets("ad1_foster_care_invalid", "114", FOSTER_CARE=one_of("2", "Y"))
kinds.sets("ad1_number_invalid", "175", NB_ADOPTR=one_of("0", "3"))
kinds.sets("ad1_sex_invalid", "176", SEX_ADOPTR=one_of("M2", "FM", "U1"))
kinds.sets("ad1_legal_status_invalid", "177", LS_ADOPTR=one_of("L1", "L5", "L13"))


@kinds.edits("ad1_partial", "151")
def _ad1_partial(t: Target, row: Row) -> bool:
    column = t.rng.choice(["FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"])
    return change(row, **{column: None})


@kinds.edits("ad1_decision_after_match", "333", where=dated("DATE_MATCH"))
def _ad1_order(t: Target, row: Row) -> bool:
    return change(row, DATE_INT=shift(row["DATE_MATCH"], t.rng.randint(5, 60)))


kinds.sets("ad1_couple_single_sex_code", "511", NB_ADOPTR="2", SEX_ADOPTR=one_of("M1", "F1"))
kinds.sets("ad1_single_status_couple", "514", LS_ADOPTR="L0", SEX_ADOPTR=one_of("MF", "FF", "MM"))
