"""Integrity (INT) defects: the tables of one return disagree about who a child is.

A child whose Header row is missing while another table holds them (INT01-INT09, one kind per
table so that each names the check it is for), a date of birth or sex in a table other than the
Header that is not the Header's (INT11-INT18, INT21), and a child twice in a table that holds
one row per child (INT31, INT33-INT35; see `TWICE` for why not INT32 and INT36).
"""

from __future__ import annotations

import copy
from datetime import timedelta

from cic_lab.generate.defects.kind import Family, Kinds, Target, change
from cic_lab.generate.defects.values import female_code, fmt, male_code, parse_date

family = Family("integrity")
header = family.table("header")

# The table each check reads beside the Header, in DfE's order.
NOT_IN_HEADER = (
    ("INT01", "ad1"),
    ("INT02", "placed_adoption"),
    ("INT03", "episodes"),
    ("INT04", "missing"),
    ("INT05", "oc2"),
    ("INT06", "oc3"),
    ("INT07", "prev_perm"),
    ("INT08", "reviews"),
    ("INT09", "uasc"),
)
DOB_DIFFERS = (
    ("INT11", "ad1"),
    ("INT12", "placed_adoption"),
    ("INT13", "missing"),
    ("INT14", "oc2"),
    ("INT15", "oc3"),
    ("INT16", "prev_perm"),
    ("INT17", "reviews"),
    ("INT18", "uasc"),
)
# Not Header (INT32) or UASC (INT36): the reference validator joins the Header to OC3, to last
# year's Header and to UASC by CHILD and uses the result by position, so one duplicated Header
# row makes rules 3001 (this year) or 203, 204 and 208 (next year) fail for the whole file, and
# one duplicated UASC row shifts the derived UASC flag onto other children (303, 205A, 205C,
# 205D, 392a, 392b and 406 then flag dozens): known defects header_duplicate_crash and
# uasc_duplicate_shift. Either would hide other kinds' findings.
TWICE = (
    ("INT31", "ad1"),
    ("INT33", "oc2"),
    ("INT34", "oc3"),
    ("INT35", "prev_perm"),
)


def _declare_header_missing(code: str, table: str) -> None:
    @header.defect(f"header_missing_child_in_{table}", code)
    def apply(t: Target) -> bool:
        # Only INT09 takes a UASC child: the reference validator reads UASC status from Header
        # rows (known defect uasc_needs_header_row), so a UASC child without one is queried
        # under 392a, 392b and 205C there and not here.
        if table != "uasc" and t.rows("uasc"):
            return False
        return bool(t.rows(table)) and t.remove_rows("header")


def _declare_dob_differs(code: str, table: str) -> None:
    kinds = family.table(table)

    @kinds.defect(f"{table}_dob_differs_from_header", code)
    def apply(t: Target) -> bool:
        born = t.dob()
        row = kinds.pick(t, lambda r: parse_date(r.get("DOB")) == born)
        if born is None or row is None:
            return False
        days = t.rng.choice([-365, -31, -1, 1, 31, 365])
        return change(row, DOB=fmt(born + timedelta(days=days)))


def _declare_twice(code: str, table: str) -> None:
    kinds = family.table(table)

    @kinds.defect(f"{table}_child_twice", code)
    def apply(t: Target) -> bool:
        rows = t.rows(table)
        if len(rows) != 1:
            return False
        t.add_row(table, copy.copy(rows[0]))
        return True


for _code, _table in NOT_IN_HEADER:
    _declare_header_missing(_code, _table)
for _code, _table in DOB_DIFFERS:
    _declare_dob_differs(_code, _table)

uasc: Kinds = family.table("uasc")


@uasc.defect("uasc_sex_differs_from_header", "INT21")
def _uasc_sex(t: Target) -> bool:
    head = t.header()
    male, female = male_code(t.year), female_code(t.year)
    row = uasc.pick(t, lambda r: head is not None and r.get("SEX") == head.get("SEX"))
    if row is None or row.get("SEX") not in (male, female):
        return False
    return change(row, SEX=female if row["SEX"] == male else male)


for _code, _table in TWICE:
    _declare_twice(_code, _table)
