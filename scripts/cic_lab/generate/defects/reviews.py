"""Reviews defects: review dates and participation codes."""

from __future__ import annotations

from datetime import date

from cic_lab.generate.defects.kind import Kinds, Target, bad_date, one_of
from cic_lab.generate.defects.values import Row, add_years, parse_date


def _missing_date(t: Target) -> str | None:
    return t.rng.choice([None, bad_date(t)])


def _review_and_4th_birthday(row: Row) -> tuple[date, date] | None:
    born, held = parse_date(row.get("DOB")), parse_date(row.get("REVIEW"))
    return (held, add_years(born, 4)) if born and held else None


def _over_4(row: Row) -> bool:
    days = _review_and_4th_birthday(row)
    return days is not None and days[0] > days[1]


def _under_4(row: Row) -> bool:
    days = _review_and_4th_birthday(row)
    return days is not None and days[0] < days[1]


kinds = Kinds("reviews")
kinds.sets("review_date_missing", "166", REVIEW=_missing_date)
kinds.sets("review_code_invalid", "167", REVIEW_CODE=one_of("PN8", "P1", None))
kinds.sets("review_pn0_aged_4_plus", "440", where=_over_4, REVIEW_CODE="PN0")
kinds.sets("review_participation_under_4", "441", where=_under_4, REVIEW_CODE=one_of("PN1", "PN3"))
