"""One collection year's 903 tables for one LA, read off the simulated life courses."""

from __future__ import annotations

import random

from cic.ssda903 import TABLES
from cic_lab.generate.calendar import add_years, age, fmt, year_bounds
from cic_lab.generate.codes import sex_code
from cic_lab.generate.geography import stable_int
from cic_lab.generate.model import Child
from cic_lab.generate.placements import pick

Row = dict[str, str | None]
NOT_CARE_LEAVERS = frozenset({"E11", "E12", "E2", "E3", "E15"})
ACTIV_YOUNG = (
    ("F2", 34),
    ("P2", 5),
    ("F4", 6),
    ("P4", 1),
    ("F5", 10),
    ("P5", 6),
    ("F1", 2),
    ("G4", 6),
    ("G5", 24),
    ("G6", 6),
)
ACTIV_OLDER = (
    ("F1", 6.5),
    ("P1", 1),
    ("F2", 11),
    ("P2", 2),
    ("F4", 5),
    ("P4", 1),
    ("F5", 24),
    ("P5", 7),
    ("G4", 10),
    ("G5", 26),
    ("G6", 6.5),
)
ACCOM = (
    ("U", 36),
    ("E", 9),
    ("D", 14),
    ("Z", 11),
    ("B", 12),
    ("T", 3),
    ("C", 3),
    ("K", 3),
    ("Y", 3),
    ("W", 1),
    ("V", 1.5),
    ("S", 1.5),
    ("X", 2),
)


def render_year(children: list[Child], year: str, seed: int) -> dict[str, list[Row]]:
    """All tables of the return for `year` (tables the year does not have are left out)."""
    ys, ye = year_bounds(year)
    tables: dict[str, list[Row]] = {t.name: [] for t in TABLES if t.exists_in(year)}
    for child in children:
        _child_rows(child, year, ys, ye, seed, tables)
    return tables


def _child_rows(
    child: Child, year: str, ys: int, ye: int, seed: int, tables: dict[str, list[Row]]
) -> None:
    periods = [p for p in child.periods if p.start <= ye and (p.end is None or p.end >= ys)]
    oc3 = (
        None
        if any(p.end is None or p.end > ye for p in child.periods if p.start <= ye)
        else (oc3_items(child, ys, ye, seed, year))
    )
    if not periods and oc3 is None:
        return
    cid, dob = child.child_id, fmt(child.dob)
    cared = [p for p in periods if not p.short_break]
    mother = mc_dob = None
    if cared and not child.male:
        # As at 31 March if looked after then, else on the day care last ended in the year.
        still = any(p.end is None or p.end > ye for p in cared)
        ended = ye if still else max(p.end for p in cared if p.end is not None)
        is_mother = child.mother_date is not None and child.mother_date <= min(ye, ended)
        mother = "1" if is_mother else "0"
        mc_dob = fmt(child.mother_date) if is_mother and child.mother_date else None
    tables["header"].append(
        {
            "CHILD": cid,
            "SEX": sex_code(year, child.male),
            "DOB": dob,
            "ETHNIC": child.ethnic,
            "UPN": _upn(child, ys),
            "MOTHER": mother,
            "MC_DOB": mc_dob,
        }
    )
    if oc3 is not None:
        tables["oc3"].append({"CHILD": cid, "DOB": dob, **oc3})
    if not periods:
        return
    # Every UASC child looked after in the year, including those also in its OC3 cohort (rule
    # 1014 refuses UASC information only for a care leaver not looked after).
    if child.uasc:
        duc = fmt(add_years(child.dob, 18))
        tables["uasc"].append(
            {"CHILD": cid, "SEX": sex_code(year, child.male), "DOB": dob, "DUC": duc}
        )
    home = child.home.postcode if child.home is not None else None
    for period in periods:
        for e in period.episodes:
            if e.decom > ye or (e.dec is not None and e.dec < ys):
                continue
            ended = e.dec is not None and e.dec <= ye
            tables["episodes"].append(
                {
                    "CHILD": cid,
                    "DECOM": fmt(e.decom),
                    "RNE": e.rne,
                    "LS": e.ls,
                    "CIN": period.cin,
                    "PLACE": e.place.code,
                    "PLACE_PROVIDER": e.place.provider,
                    "DEC": fmt(e.dec) if ended and e.dec else None,
                    "REC": e.rec if ended else None,
                    "REASON_PLACE_CHANGE": e.reason_change if ended else None,
                    "HOME_POST": None if period.short_break else home,
                    "PL_POST": e.place.post.postcode if e.place.post else None,
                    "URN": e.place.urn,
                }
            )
        for day, code in period.reviews:
            if ys <= day <= ye:
                participation = "PN0" if age(child.dob, day) < 4 else code
                tables["reviews"].append(
                    {"CHILD": cid, "DOB": dob, "REVIEW": fmt(day), "REVIEW_CODE": participation}
                )
        for decided, ceased, reason in period.decisions:
            if decided <= ye and (ceased is None or ceased >= ys):
                shown = ceased is not None and ceased <= ye
                tables["placed_adoption"].append(
                    {
                        "CHILD": cid,
                        "DOB": dob,
                        "DATE_PLACED": fmt(decided),
                        "DATE_PLACED_CEASED": fmt(ceased) if shown and ceased else None,
                        "REASON_PLACED_CEASED": reason if shown else None,
                    }
                )
        if period.adoption and period.end is not None and ys <= period.end <= ye:
            decided, matched, foster, number, sexes, status = period.adoption
            tables["ad1"].append(
                {
                    "CHILD": cid,
                    "DOB": dob,
                    "DATE_INT": fmt(decided),
                    "DATE_MATCH": fmt(matched),
                    "FOSTER_CARE": foster,
                    "NB_ADOPTR": number,
                    "SEX_ADOPTR": sexes,
                    "LS_ADOPTR": status,
                }
            )
    starters = [p for p in periods if p.start >= ys]
    if starters:
        code, la_perm, when = starters[0].prev_perm
        tables["prev_perm"].append(
            {"CHILD": cid, "DOB": dob, "PREV_PERM": code, "LA_PERM": la_perm, "DATE_PERM": when}
        )
    last = periods[-1]
    # OC2: looked after continuously for 12 months at 31 March (from 1 April counts, rule 191).
    if (last.end is None or last.end > ye) and not last.short_break and last.start <= ys:
        tables["oc2"].append({"CHILD": cid, "DOB": dob, **oc2_items(child, ys, ye, seed, year)})
    for kind, start, end in child.missing:
        if start <= ye and end >= ys:
            tables["missing"].append(
                {
                    "CHILD": cid,
                    "DOB": dob,
                    "MISSING": kind,
                    "MIS_START": fmt(start),
                    "MIS_END": fmt(end) if end <= ye else None,
                }
            )
    if "sw_episodes" in tables and cared:
        for worker, start, until, reason in child.sw:
            if start <= ye and (until is None or until >= ys):
                tables["sw_episodes"].append(
                    {
                        "CHILD": cid,
                        "DOB": dob,
                        "SW_ID": worker,
                        "SW_DECOM": fmt(start),
                        "SW_DEC": fmt(until) if until is not None and until <= ye else None,
                        "SW_REASON": reason,
                    }
                )
    if "dolo" in tables:
        for start, until in child.dolo:
            if start <= ye and (until is None or until >= ys):
                tables["dolo"].append(
                    {
                        "CHILD": cid,
                        "DOB": dob,
                        "DOLO_START": fmt(start),
                        "DOLO_END": fmt(until) if until is not None and until <= ye else None,
                    }
                )


def _upn(child: Child, ys: int) -> str:
    if child.uasc:
        return "UN2"
    # Rule 209: a child aged 4 by 31 August before the year starts is at school and has a UPN.
    reference = ys - 213  # 31 August before 1 April
    return "UN1" if add_years(child.dob, 4) > reference else child.upn


def oc2_items(child: Child, ys: int, ye: int, seed: int, year: str) -> Row:
    rng = random.Random(stable_int(seed, child.child_id, year, "oc2"))
    at_end = age(child.dob, ye)
    score = reason = None
    four, seventeen = add_years(child.dob, 4), add_years(child.dob, 17)
    if four <= ye and seventeen >= ys:
        # SDQ for ages 4-16; a child turning 4 or 17 in the year (rule 197B) may not have been
        # assessed at an eligible age: SDQ1 (rule 157 forbids it for the 4-16s all year).
        edge = ys < four <= ye or ys <= seventeen <= ye
        x = rng.random()
        if x < (0.6 if edge else 0.8):
            score = str(min(40, max(0, round(rng.gauss(14.9, 7.2)))))
        elif edge and x < 0.9:
            reason = "SDQ1"
        else:
            reason = pick(rng, (("SDQ2", 15), ("SDQ3", 25), ("SDQ4", 45), ("SDQ5", 15)))
    misuse = at_end >= 11 and rng.random() < 0.05
    received = rng.random() < 0.41 if misuse else None

    def flag(p: float) -> str:
        return "1" if rng.random() < p else "0"

    return {
        "SDQ_SCORE": score,
        "SDQ_REASON": reason,
        "CONVICTED": flag(0.025) if at_end >= 10 else None,
        "HEALTH_CHECK": flag(0.88) if at_end < 5 else None,
        "IMMUNISATIONS": flag(0.84),
        "TEETH_CHECK": flag(0.81 if at_end >= 1 else 0.3),
        "HEALTH_ASSESSMENT": flag(0.9),
        "SUBSTANCE_MISUSE": "1" if misuse else "0",
        "INTERVENTION_RECEIVED": None if received is None else ("1" if received else "0"),
        "INTERVENTION_OFFERED": None if received is None or received else flag(0.75),
    }


def oc3_items(child: Child, ys: int, ye: int, seed: int, year: str) -> Row | None:
    """Care-leaver outcomes around the 17th-21st birthday falling in the year, if eligible."""
    cared = [p for p in child.periods if not p.short_break and p.end is not None]
    if not cared or cared[-1].episodes[-1].rec in NOT_CARE_LEAVERS:
        return None
    left = cared[-1].end
    assert left is not None
    fourteen, sixteen = add_years(child.dob, 14), add_years(child.dob, 16)
    after14 = sum(max(0, (p.end or 0) - max(p.start, fourteen)) for p in cared)
    if after14 < 91 or left <= sixteen:
        return None
    birthday = next((k for k in range(17, 22) if ys <= add_years(child.dob, k) <= ye), None)
    if birthday is None or (birthday <= 18 and left >= add_years(child.dob, birthday)):
        return None
    # A death after leaving care is reported from then on (rule 348): one draw per young person.
    fate = random.Random(stable_int(seed, child.child_id, "died"))
    died = fate.random() < 0.015 and birthday >= fate.randint(17, 21)
    rng = random.Random(stable_int(seed, child.child_id, year, "oc3"))
    touch = (
        "DIED"
        if died
        else pick(rng, (("YES", 86), ("NO", 4), ("REFU", 2), ("NREQ", 3), ("RHOM", 3)))
    )
    if touch in ("NO", "REFU", "RHOM", "DIED"):
        return {"IN_TOUCH": touch, "ACTIV": "0", "ACCOM": "0"}
    activity = pick(rng, ACTIV_YOUNG if birthday <= 18 else ACTIV_OLDER)
    # Gone abroad, deported or residence not known (outside DfE's suitability denominator):
    # rare, mostly former unaccompanied children.
    if rng.random() < (0.03 if child.uasc else 0.003):
        letter = pick(rng, (("G", 40), ("H", 10), ("R", 50)))
        return {"IN_TOUCH": touch, "ACTIV": activity, "ACCOM": letter + "1"}
    letter = pick(rng, ACCOM)
    # No independent living at 17; no foyer (T) for anyone under 18 on 1 April (rule 347), so
    # not for an 18th birthday later in the year either.
    under_18 = add_years(child.dob, 18) > ys
    while (birthday == 17 and letter == "Z") or (under_18 and letter == "T"):
        letter = pick(rng, ACCOM)
    # DfE 2025: 89% of 19-21s and 91% of 17-18s in suitable accommodation (not-in-touch included)
    unsuitable = 0.025 if birthday >= 19 else 0.005
    digit = "2" if letter in ("S", "X") or rng.random() < unsuitable else "1"
    return {"IN_TOUCH": touch, "ACTIV": activity, "ACCOM": letter + digit}
