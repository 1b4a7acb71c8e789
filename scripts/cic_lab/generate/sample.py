"""A small, hand-built, mostly clean pair of 903 returns (a year and the one before it).

Used to test the oracle runner and the error injection before (and besides) the generator's
life-course model. Four kinds of child, by index: 0 looked after for years (OC2 cohort,
missing incidents, social-worker episodes), 1 adopted during the year (AD1, PlacedAdoption),
2 a care leaver with OC3 data only, 3 a UASC who started to be looked after this year.
Postcodes are left blank, so the postcode rules (392b and others) flag every episode.
"""

from __future__ import annotations

from datetime import date, timedelta

from cic.ssda903 import TABLES
from cic_lab.generate.defects import (
    Returns,
    Row,
    Tables,
    add_years,
    female_code,
    fmt,
    male_code,
    previous_year,
    year_start,
)

TABLE_NAMES = tuple(t.name for t in TABLES)


def _empty() -> Tables:
    return {name: [] for name in TABLE_NAMES}


def _episode(child: str, decom: date, rne: str, ls: str, place: str, **extra: str | None) -> Row:
    row: Row = {
        "CHILD": child,
        "DECOM": fmt(decom),
        "RNE": rne,
        "LS": ls,
        "CIN": "N1",
        "PLACE": place,
        "PLACE_PROVIDER": "PR1",
        "DEC": None,
        "REC": None,
        "REASON_PLACE_CHANGE": None,
        "HOME_POST": None,
        "PL_POST": None,
        "URN": None,
    }
    row.update(extra)
    return row


def _header(child: str, year: str, born: date, female: bool, upn: str) -> Row:
    return {
        "CHILD": child,
        "SEX": female_code(year) if female else male_code(year),
        "DOB": fmt(born),
        "ETHNIC": "WBRI",
        "UPN": upn,
        "MOTHER": "0" if female else None,
        "MC_DOB": None,
    }


def _long_term(i: int, child: str, year: str, this: Tables, last: Tables) -> None:
    start, prev = year_start(year), previous_year(year)
    born = add_years(start, -10 - i % 7) - timedelta(days=i % 300)
    female = i % 8 < 4
    upn = f"A{i:012d}"
    first = add_years(start, -3) + timedelta(days=i % 60)
    change = start + timedelta(days=150)
    for tables, y in ((this, year), (last, prev)):
        head = _header(child, y, born, female, upn)
        if female and i % 7 >= 4:  # a young mother, aged 14 to 16
            head.update(MOTHER="1", MC_DOB=fmt(start - timedelta(days=400)))
        tables["header"].append(head)
    last["episodes"].append(_episode(child, first, "S", "C2", "U4"))
    this["episodes"].append(
        _episode(
            child, first, "S", "C2", "U4", DEC=fmt(change), REC="X1", REASON_PLACE_CHANGE="CARPL"
        )
    )
    this["episodes"].append(_episode(child, change, "P", "C2", "U6", PLACE_PROVIDER="PR4"))
    for days in (40, 200):
        this["reviews"].append(
            {
                "CHILD": child,
                "DOB": fmt(born),
                "REVIEW": fmt(start + timedelta(days=days)),
                "REVIEW_CODE": "PN1",
            }
        )
    this["oc2"].append(
        {
            "CHILD": child,
            "DOB": fmt(born),
            "SDQ_SCORE": str(10 + i % 20),
            "SDQ_REASON": None,
            "CONVICTED": "0",
            "HEALTH_CHECK": None,
            "IMMUNISATIONS": "1",
            "TEETH_CHECK": "1",
            "HEALTH_ASSESSMENT": "1",
            "SUBSTANCE_MISUSE": "0",
            "INTERVENTION_RECEIVED": None,
            "INTERVENTION_OFFERED": None,
        }
    )
    went = start - timedelta(days=5)
    last["missing"].append(
        {"CHILD": child, "DOB": fmt(born), "MISSING": "M", "MIS_START": fmt(went), "MIS_END": None}
    )
    this["missing"].append(
        {
            "CHILD": child,
            "DOB": fmt(born),
            "MISSING": "M",
            "MIS_START": fmt(went),
            "MIS_END": fmt(went + timedelta(days=8)),
        }
    )
    this["missing"].append(
        {
            "CHILD": child,
            "DOB": fmt(born),
            "MISSING": "A",
            "MIS_START": fmt(start + timedelta(days=90)),
            "MIS_END": fmt(start + timedelta(days=91)),
        }
    )
    sw_change = start + timedelta(days=120)
    this["sw_episodes"].append(
        {
            "CHILD": child,
            "DOB": fmt(born),
            "SW_ID": f"SW{i:05d}",
            "SW_DECOM": fmt(first),
            "SW_DEC": fmt(sw_change),
            "SW_REASON": "FCONTA",
        }
    )
    this["sw_episodes"].append(
        {
            "CHILD": child,
            "DOB": fmt(born),
            "SW_ID": f"SW{i + 1:05d}",
            "SW_DECOM": fmt(sw_change),
            "SW_DEC": None,
            "SW_REASON": "LEFTRL",
        }
    )


def _adopted(i: int, child: str, year: str, this: Tables, last: Tables) -> None:
    start, prev = year_start(year), previous_year(year)
    born = add_years(start, -3) + timedelta(days=i % 90)
    female = i % 8 < 4
    first = born + timedelta(days=60)
    order = start - timedelta(days=140)
    decision = order - timedelta(days=30)
    adopted = start + timedelta(days=300)
    for tables, y in ((this, year), (last, prev)):
        tables["header"].append(_header(child, y, born, female, "UN1"))
        tables["placed_adoption"].append(
            {
                "CHILD": child,
                "DOB": fmt(born),
                "DATE_PLACED": fmt(decision),
                "DATE_PLACED_CEASED": None,
                "REASON_PLACED_CEASED": None,
            }
        )
    ended_first = {"DEC": fmt(order), "REC": "X1", "REASON_PLACE_CHANGE": "CARPL"}
    last["episodes"].append(_episode(child, first, "S", "C2", "U4", **ended_first))
    last["episodes"].append(_episode(child, order, "B", "E1", "A5"))
    this["episodes"].append(_episode(child, order, "B", "E1", "A5", DEC=fmt(adopted), REC="E11"))
    this["reviews"].append(
        {
            "CHILD": child,
            "DOB": fmt(born),
            "REVIEW": fmt(start + timedelta(days=60)),
            "REVIEW_CODE": "PN0",
        }
    )
    this["ad1"].append(
        {
            "CHILD": child,
            "DOB": fmt(born),
            "DATE_INT": fmt(decision),
            "DATE_MATCH": fmt(decision + timedelta(days=20)),
            "FOSTER_CARE": "1",
            "NB_ADOPTR": "2",
            "SEX_ADOPTR": "MF",
            "LS_ADOPTR": "L11",
        }
    )


def _care_leaver(i: int, child: str, year: str, this: Tables, last: Tables) -> None:
    start, prev = year_start(year), previous_year(year)
    born = add_years(start, -19) + timedelta(days=30 + i % 200)
    female = i % 8 < 4
    for tables, y in ((this, year), (last, prev)):
        tables["header"].append(_header(child, y, born, female, f"B{i:012d}"))
        tables["oc3"].append(
            {"CHILD": child, "DOB": fmt(born), "IN_TOUCH": "YES", "ACTIV": "F2", "ACCOM": "U1"}
        )


def _new_uasc(i: int, child: str, year: str, this: Tables, last: Tables) -> None:
    start = year_start(year)
    born = add_years(start, -16) - timedelta(days=i % 200)
    began = start + timedelta(days=60 + i % 30)
    this["header"].append(_header(child, year, born, False, "UN2"))
    this["episodes"].append(_episode(child, began, "S", "V2", "U6", CIN="N4", PLACE_PROVIDER="PR4"))
    this["uasc"].append({"CHILD": child, "SEX": male_code(year), "DOB": fmt(born), "DUC": None})
    this["prev_perm"].append(
        {"CHILD": child, "DOB": fmt(born), "PREV_PERM": "Z1", "LA_PERM": None, "DATE_PERM": None}
    )
    this["reviews"].append(
        {
            "CHILD": child,
            "DOB": fmt(born),
            "REVIEW": fmt(began + timedelta(days=19)),
            "REVIEW_CODE": "PN1",
        }
    )
    if year >= "2026-27":
        this["dolo"].append(
            {
                "CHILD": child,
                "DOB": fmt(born),
                "DOLO_START": fmt(began + timedelta(days=10)),
                "DOLO_END": fmt(began + timedelta(days=40)),
            }
        )


BUILDERS = (_long_term, _adopted, _care_leaver, _new_uasc)


def sample_returns(la: str, year: str, children: int = 40) -> Returns:
    """Two returns, {(la, previous year): ..., (la, year): ...}, for `children` children."""
    this, last = _empty(), _empty()
    for i in range(children):
        BUILDERS[i % len(BUILDERS)](i, f"C{i:05d}", year, this, last)
    return {(la, previous_year(year)): last, (la, year): this}
