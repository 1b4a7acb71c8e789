"""AD1 defects: adoption decision and match dates, and the adopters' details.

One kind per DfE rule it should trigger; `registry` orders them in the catalogue.
"""

from __future__ import annotations

from cic_lab.generate.defects.kind import Kinds, Target, bad_date, change, shift
from cic_lab.generate.defects.values import (
    Row,
    parse_date,
)

kinds = Kinds("ad1")


def _ad1(t: Target) -> Row | None:
    return t.pick(t.rows("ad1"))


@kinds.defect("ad1_date_decision_invalid", "112")
def _ad1_int(t: Target) -> bool:
    return change(_ad1(t), DATE_INT=bad_date(t))


@kinds.defect("ad1_date_match_invalid", "113")
def _ad1_match(t: Target) -> bool:
    return change(_ad1(t), DATE_MATCH=bad_date(t))


@kinds.defect("ad1_foster_care_invalid", "114")
def _ad1_foster(t: Target) -> bool:
    return change(_ad1(t), FOSTER_CARE=t.rng.choice(["2", "Y"]))


@kinds.defect("ad1_number_invalid", "175")
def _ad1_nb(t: Target) -> bool:
    return change(_ad1(t), NB_ADOPTR=t.rng.choice(["0", "3"]))


@kinds.defect("ad1_sex_invalid", "176")
def _ad1_sex(t: Target) -> bool:
    return change(_ad1(t), SEX_ADOPTR=t.rng.choice(["M2", "FM", "U1"]))


@kinds.defect("ad1_legal_status_invalid", "177")
def _ad1_ls(t: Target) -> bool:
    return change(_ad1(t), LS_ADOPTR=t.rng.choice(["L1", "L5", "L13"]))


@kinds.defect("ad1_partial", "151")
def _ad1_partial(t: Target) -> bool:
    row = _ad1(t)
    if row is None:
        return False
    column = t.rng.choice(["FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"])
    return change(row, **{column: None})


@kinds.defect("ad1_decision_after_match", "333")
def _ad1_order(t: Target) -> bool:
    row = t.pick(t.rows("ad1"), lambda r: parse_date(r.get("DATE_MATCH")) is not None)
    return change(row, DATE_INT=shift(row["DATE_MATCH"], t.rng.randint(5, 60))) if row else False


@kinds.defect("ad1_couple_single_sex_code", "511")
def _ad1_couple(t: Target) -> bool:
    return change(_ad1(t), NB_ADOPTR="2", SEX_ADOPTR=t.rng.choice(["M1", "F1"]))


@kinds.defect("ad1_single_status_couple", "514")
def _ad1_single(t: Target) -> bool:
    return change(_ad1(t), LS_ADOPTR="L0", SEX_ADOPTR=t.rng.choice(["MF", "FF", "MM"]))
