"""Reviews defects: review dates and participation codes.

One kind per DfE rule it should trigger; `registry` orders them in the catalogue.
"""

from __future__ import annotations

from datetime import date

from cic_lab.generate.defects.kind import Kinds, Target, bad_date, change
from cic_lab.generate.defects.values import (
    Row,
    add_years,
    parse_date,
)

kinds = Kinds("reviews")


@kinds.defect("review_date_missing", "166")
def _review_missing(t: Target) -> bool:
    return change(t.pick(t.rows("reviews")), REVIEW=t.rng.choice([None, bad_date(t)]))


@kinds.defect("review_code_invalid", "167")
def _review_code(t: Target) -> bool:
    return change(t.pick(t.rows("reviews")), REVIEW_CODE=t.rng.choice(["PN8", "P1", None]))


def _age_at_review(row: Row) -> tuple[date, date] | None:
    born, held = parse_date(row.get("DOB")), parse_date(row.get("REVIEW"))
    return (born, held) if born and held else None


@kinds.defect("review_pn0_aged_4_plus", "440")
def _pn0_over_4(t: Target) -> bool:
    def old(row: Row) -> bool:
        ages = _age_at_review(row)
        return ages is not None and ages[1] > add_years(ages[0], 4)

    return change(t.pick(t.rows("reviews"), old), REVIEW_CODE="PN0")


@kinds.defect("review_participation_under_4", "441")
def _pn_under_4(t: Target) -> bool:
    def young(row: Row) -> bool:
        ages = _age_at_review(row)
        return ages is not None and ages[1] < add_years(ages[0], 4)

    return change(t.pick(t.rows("reviews"), young), REVIEW_CODE=t.rng.choice(["PN1", "PN3"]))
