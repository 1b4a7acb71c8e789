"""The synthetic 903 generator on the small tier: determinism, code lists, years, structure."""

from __future__ import annotations

import csv
import itertools
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import pytest

from cic_lab.generate import run
from cic_lab.generate.codes import code_list
from cic_lab.generate.placements import Placement

YEARS = ["2023-24", "2024-25", "2025-26", "2026-27"]
CODED = {
    "header": ("SEX", "ETHNIC"),
    "episodes": ("RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "REC", "REASON_PLACE_CHANGE"),
    "reviews": ("REVIEW_CODE",),
    "missing": ("MISSING",),
    "oc3": ("IN_TOUCH", "ACTIV", "ACCOM"),
    "sw_episodes": ("SW_REASON",),
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("small")
    run(out, "small", YEARS, seed=7)
    return out


def _rows(out: Path, la: str, year: str, table: str) -> list[dict[str, str]]:
    with (out / "ssda903" / la / year / f"{table}.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _las(out: Path) -> list[str]:
    return sorted(p.name for p in (out / "ssda903").iterdir())


def _day(text: str) -> datetime:
    return datetime.strptime(text, "%d/%m/%Y")


def _place(code: str) -> Placement:
    """A placement of type `code` with provider PR1, for a hand-built episode."""
    return Placement(code, "PR1", None, None, code)


def test_same_arguments_give_identical_files(generated: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    run(again, "small", YEARS, seed=7)
    first = sorted(p.relative_to(generated) for p in generated.rglob("*") if p.is_file())
    second = sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    assert first == second
    different = [p for p in first if (generated / p).read_bytes() != (again / p).read_bytes()]
    assert different == []


def test_output_layout(generated: Path) -> None:
    assert _las(generated) == ["940", "941"]
    for la in _las(generated):
        assert not (generated / "ssda903" / la / "2025-26" / "dolo.csv").exists()
        assert (generated / "ssda903" / la / "2026-27" / "dolo.csv").exists()
        assert len(_rows(generated, la, "2024-25", "header")) > 50
    assert (generated / "providers" / "childrens_homes__provider_information.csv").exists()
    with (generated / "local_authorities.csv").open(encoding="utf-8") as handle:
        assert [r["la_code"] for r in csv.DictReader(handle)] == ["940", "941"]


def test_every_code_is_valid_for_its_year(generated: Path) -> None:
    for la in _las(generated):
        for year in YEARS:
            for table, fields in CODED.items():
                if table == "sw_episodes" and year < "2023-24":
                    continue
                for row in _rows(generated, la, year, table):
                    for field in fields:
                        value = row[field]
                        if value:
                            assert value in code_list(year, table, field), (year, table, field)


def test_year_specific_codes(generated: Path) -> None:
    sexes: dict[str, set[str]] = defaultdict(set)
    places: dict[str, set[str]] = defaultdict(set)
    for la in _las(generated):
        for year in YEARS:
            sexes[year] |= {r["SEX"] for r in _rows(generated, la, year, "header")}
            places[year] |= {r["PLACE"] for r in _rows(generated, la, year, "episodes")}
    assert sexes["2023-24"] == {"1", "2"}
    assert sexes["2024-25"] <= {"M", "F", "U"}
    assert "K3" not in places["2023-24"]
    assert "K3" in places["2024-25"] | places["2025-26"]
    assert not places["2025-26"] & {"Z1", "H5", "P2"}
    assert "Z1" not in code_list("2025-26", "episodes", "PLACE")
    assert "K3" not in code_list("2023-24", "episodes", "PLACE")


def test_open_episode_continues_into_next_year(generated: Path) -> None:
    carried = 0
    for la in _las(generated):
        for first, second in itertools.pairwise(YEARS):
            later = {(r["CHILD"], r["DECOM"]): r for r in _rows(generated, la, second, "episodes")}
            heads = {r["CHILD"]: r for r in _rows(generated, la, second, "header")}
            for row in _rows(generated, la, first, "episodes"):
                if row["DEC"]:
                    continue
                carried += 1
                next_year = later[(row["CHILD"], row["DECOM"])]
                for field in (
                    "RNE",
                    "LS",
                    "CIN",
                    "PLACE",
                    "PLACE_PROVIDER",
                    "HOME_POST",
                    "PL_POST",
                    "URN",
                ):
                    assert next_year[field] == row[field]
            for head in _rows(generated, la, first, "header"):
                if head["CHILD"] in heads:
                    assert heads[head["CHILD"]]["DOB"] == head["DOB"]
                    assert heads[head["CHILD"]]["ETHNIC"] == head["ETHNIC"]
    assert carried > 100


def test_episodes_are_well_formed(generated: Path) -> None:
    for la in _las(generated):
        for year in YEARS:
            dob = {r["CHILD"]: _day(r["DOB"]) for r in _rows(generated, la, year, "header")}
            by_child: dict[str, list[dict[str, str]]] = defaultdict(list)
            for row in _rows(generated, la, year, "episodes"):
                by_child[row["CHILD"]].append(row)
            for child, episodes in by_child.items():
                episodes.sort(key=lambda r: _day(r["DECOM"]))
                for i, e in enumerate(episodes):
                    assert bool(e["DEC"]) == bool(e["REC"])
                    assert _day(e["DECOM"]) >= dob[child]
                    if e["DEC"]:
                        assert _day(e["DEC"]) > _day(e["DECOM"])
                    else:
                        assert i == len(episodes) - 1, "only the final episode may be open"
                    if i:
                        before = episodes[i - 1]
                        assert _day(before["DEC"]) <= _day(e["DECOM"]), "episodes overlap"
                        if before["REC"] == "X1":
                            assert before["DEC"] == e["DECOM"] and e["RNE"] != "S"
                        else:
                            assert e["RNE"] == "S" and before["DEC"] != e["DECOM"]
                    if e["PLACE"] in ("P1", "R1", "R2", "R5", "P3"):
                        assert not e["URN"]
                    if e["PLACE"] == "H5":  # registered supported accommodation (rule 230)
                        assert e["URN"] and e["URN"] != "XXXXXXX"
                    if e["URN"] == "XXXXXXX":
                        assert e["PLACE"][0] in "AU"


def test_age_gated_items(generated: Path) -> None:
    for la in _las(generated):
        for year in YEARS:
            end = datetime(int(year[:4]) + 1, 3, 31)
            for row in _rows(generated, la, year, "oc2"):
                years = (end - _day(row["DOB"])).days / 365.25
                assert bool(row["HEALTH_CHECK"]) == (years < 5)
                assert bool(row["CONVICTED"]) == (years >= 10)
                assert not (row["SDQ_SCORE"] and row["SDQ_REASON"])
            for row in _rows(generated, la, year, "reviews"):
                young = (_day(row["REVIEW"]) - _day(row["DOB"])).days < 4 * 365
                assert (row["REVIEW_CODE"] == "PN0") == young or abs(
                    (_day(row["REVIEW"]) - _day(row["DOB"])).days - 4 * 365
                ) < 3
            for row in _rows(generated, la, year, "sw_episodes"):
                assert row["SW_ID"].startswith("SW")


def _cla_at_year_end(episodes: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    """Children looked after at 31 March (open episode, not a short break): their open episode."""
    return {e["CHILD"]: e for e in episodes if not e["DEC"] and e["LS"] not in ("V3", "V4")}


def test_social_worker_episodes_cover_the_year_for_children_looked_after(
    generated: Path,
) -> None:
    # SW12: for a child looked after on 31 March all SW episodes of the year are reported,
    # from 1 April (or first contact, if later), back to back, the last one open (SW17).
    checked = 0
    for la in _las(generated):
        for year in YEARS[1:]:
            start = datetime(int(year[:4]), 4, 1)
            episodes = _rows(generated, la, year, "episodes")
            cla = _cla_at_year_end(episodes)
            workers: dict[str, list[dict[str, str]]] = defaultdict(list)
            for row in _rows(generated, la, year, "sw_episodes"):
                workers[row["CHILD"]].append(row)
            for child in cla:
                chain = sorted(workers[child], key=lambda r: _day(r["SW_DECOM"]))
                assert chain, "a child looked after on 31 March has a social worker"
                first_care = min(_day(e["DECOM"]) for e in episodes if e["CHILD"] == child)
                assert _day(chain[0]["SW_DECOM"]) <= max(start, first_care)
                if _day(chain[0]["SW_DECOM"]) > start:
                    assert chain[0]["SW_REASON"] == "FCONTA"
                for before, after in itertools.pairwise(chain):
                    assert before["SW_DEC"] == after["SW_DECOM"]
                assert not chain[-1]["SW_DEC"]
                checked += 1
    assert checked > 100


def test_sdq_and_upn_follow_age(generated: Path) -> None:
    # 197B: children turning 4 or 17 in the year have a score or a reason (SDQ1 allowed);
    # 209: UN1 only for children not yet 4 on 31 August before the year starts.
    edges = 0
    for la in _las(generated):
        for year in YEARS:
            start, end = datetime(int(year[:4]), 4, 1), datetime(int(year[:4]) + 1, 3, 31)
            for row in _rows(generated, la, year, "oc2"):
                dob = _day(row["DOB"])
                four, seventeen = dob.replace(year=dob.year + 4), dob.replace(year=dob.year + 17)
                if start <= four <= end or start <= seventeen <= end:
                    edges += 1
                    assert row["SDQ_SCORE"] or row["SDQ_REASON"]
                if row["SDQ_REASON"] == "SDQ1":
                    assert not (four <= start and dob.replace(year=dob.year + 16) >= end)
            august = datetime(int(year[:4]) - 1, 8, 31)
            for row in _rows(generated, la, year, "header"):
                dob = _day(row["DOB"])
                if row["UPN"] == "UN1":
                    assert dob.replace(year=dob.year + 4) > august
    assert edges > 5


def test_temporary_and_other_placements(generated: Path) -> None:
    # A temporary move (T0-T4) returns to the same placement (383) with no reason for change
    # on either side (226) and no provider or URN; Z1 only up to 2024-25, Z11-Z14 after.
    seen: set[str] = set()
    for la in _las(generated):
        for year in YEARS:
            by_child: dict[str, list[dict[str, str]]] = defaultdict(list)
            for row in _rows(generated, la, year, "episodes"):
                by_child[row["CHILD"]].append(row)
            for episodes in by_child.values():
                episodes.sort(key=lambda r: _day(r["DECOM"]))
                for i, e in enumerate(episodes):
                    seen.add(e["PLACE"])
                    if e["PLACE"][0] in "TZ":
                        assert not e["PLACE_PROVIDER"] and not e["URN"]
                        assert e["RNE"] != "S"  # 380
                    if e["PLACE"][0] == "Z":
                        assert (e["PLACE"] == "Z1") == (year < "2025-26")
                    if e["PLACE"][0] == "T":
                        assert not e["REASON_PLACE_CHANGE"]
                        if i:
                            assert not episodes[i - 1]["REASON_PLACE_CHANGE"]
                        if i + 1 < len(episodes) and i:
                            back = episodes[i + 1]
                            assert back["RNE"] == "P"
                            assert back["PLACE"] == episodes[i - 1]["PLACE"]
                            assert back["PL_POST"] == episodes[i - 1]["PL_POST"]
    assert seen & {"T0", "T1", "T2", "T3", "T4"}


def test_previous_permanence_and_short_breaks(generated: Path) -> None:
    # 630: an option other than Z1 has an LA and a date; 632: the date (latest day it can
    # mean) is before the child's first episode; 214: short breaks carry no postcode or URN.
    for la in _las(generated):
        for year in YEARS:
            episodes = _rows(generated, la, year, "episodes")
            first: dict[str, datetime] = {}
            for e in episodes:
                day = _day(e["DECOM"])
                first[e["CHILD"]] = min(first.get(e["CHILD"], day), day)
                if e["LS"] in ("V3", "V4"):
                    assert not e["PL_POST"] and not e["URN"]
            for row in _rows(generated, la, year, "prev_perm"):
                if row["PREV_PERM"] == "Z1":
                    assert not row["LA_PERM"] and not row["DATE_PERM"]
                    continue
                assert row["LA_PERM"] and row["DATE_PERM"]
                day, month, year_text = row["DATE_PERM"].split("/")
                latest = datetime(int(year_text), 12 if month == "ZZ" else int(month), 28)
                if day != "ZZ":
                    latest = _day(row["DATE_PERM"])
                assert latest < first[row["CHILD"]]


def test_no_care_leaver_under_18_on_1_april_is_placed_in_a_foyer() -> None:
    # Rule 347: ACCOM T (foyer) only for care leavers 18 or over at the start of the year. A
    # young person whose 18th birthday falls in the year (after 1 April) is still under 18 on
    # 1 April, as is one with a 17th birthday in the year; over many draws neither gets a T,
    # while one who turned 18 before 1 April does.
    from cic_lab.generate.calendar import add_years, ordinal, year_bounds
    from cic_lab.generate.model import Child, Episode, Period
    from cic_lab.generate.placements import Placement
    from cic_lab.generate.render import oc3_items

    year = "2025-26"
    ys, ye = year_bounds(year)

    def accommodation(dob: int) -> set[str]:
        left = add_years(dob, 17) if add_years(dob, 17) < ys else add_years(dob, 16) + 30
        place = Placement("U1", "PR1", None, None, "carer")
        episode = Episode(add_years(dob, 13), left, "S", "C2", place, "E8", None)
        child = Child("C1", False, dob, "WBRI", False, "UN1", None)
        child.periods = [Period(add_years(dob, 13), left, "N1", [episode])]
        found = set()
        for seed in range(400):
            row = oc3_items(child, ys, ye, seed, year)
            if row is not None and row["ACCOM"] not in ("0", None):
                found.add(str(row["ACCOM"])[0])
        return found

    eighteen_in_july = ordinal(2007, 7, 4)  # 17 on 1 April 2025, 18 on 4 July 2025
    seventeen_in_july = ordinal(2008, 7, 4)
    eighteen_before = ordinal(2006, 7, 4)  # 18 on 4 July 2024, 19 in the year
    assert add_years(eighteen_in_july, 18) > ys and add_years(eighteen_before, 18) < ys
    assert "T" not in accommodation(eighteen_in_july)
    assert "T" not in accommodation(seventeen_in_july)
    assert "T" in accommodation(eighteen_before)


def test_a_dolo_covers_only_the_placements_dfe_expects(generated: Path) -> None:
    # Rules 709 and 710: every episode that overlaps a child's DoLO (both inclusive of their
    # dates, open ends running on) is in a children's home (K2) or Z12, Z13.
    orders = 0
    for la in _las(generated):
        episodes = defaultdict(list)
        for e in _rows(generated, la, "2026-27", "episodes"):
            episodes[e["CHILD"]].append(e)
        for order in _rows(generated, la, "2026-27", "dolo"):
            orders += 1
            start = _day(order["DOLO_START"])
            end = _day(order["DOLO_END"]) if order["DOLO_END"] else None
            for e in episodes[order["CHILD"]]:
                decom = _day(e["DECOM"])
                dec = _day(e["DEC"]) if e["DEC"] else None
                if (dec is None or start <= dec) and (end is None or end >= decom):
                    assert e["PLACE"] in ("K2", "Z12", "Z13"), (order, e)
    assert orders > 0


def test_a_dolo_never_touches_the_placement_before_or_after_its_own() -> None:
    # Episode dates are inclusive, so a DoLO starting the day a children's home placement
    # began also covers the foster placement that ended that day (rule 709), and one ending
    # the day the next placement began covers that one (710). Many draws, none may.
    import random

    from cic_lab.generate.calendar import ordinal
    from cic_lab.generate.model import Child, ChildSimulator, Episode, Period

    moved, left = ordinal(2026, 8, 30), ordinal(2026, 12, 1)
    episodes = [
        Episode(ordinal(2025, 12, 2), moved, "S", "C2", _place("U6"), "X1", None),
        Episode(moved, left, "P", "C2", _place("K2"), "X1", None),
        Episode(left, None, "P", "C2", _place("P1"), None, None),
    ]
    starts = set()
    for seed in range(3000):  # about 450 orders: a start on the placement's first day is 1 in 61
        child = Child("C1", True, ordinal(2011, 5, 1), "WBRI", False, "UN1", None)
        period = Period(episodes[0].decom, None, "N1", episodes)
        ChildSimulator(random.Random(seed), "873", None, ())._dolo(child, period)  # type: ignore[arg-type]
        for start, until in child.dolo:
            starts.add(start)
            assert moved < start and until is not None and until < left, (seed, start, until)
    assert starts  # some draws gave the child an order


def test_a_uasc_child_who_left_care_and_is_a_care_leaver_in_the_year_has_a_uasc_record() -> None:
    # Looked after at the start of the year, left care at 16, OC3 at the 17th birthday later in
    # the same year: the child was looked after, so the UASC record is given (rule 1014 refuses
    # it only for a care leaver not looked after in the year), dated the 18th birthday.
    from cic.ssda903 import TABLES
    from cic_lab.generate.calendar import ordinal, year_bounds
    from cic_lab.generate.model import Child, Episode, Period
    from cic_lab.generate.render import _child_rows

    moved, left = ordinal(2024, 2, 12), ordinal(2024, 5, 8)
    episodes = [
        Episode(ordinal(2022, 6, 7), moved, "P", "V2", _place("U6"), "X1", "OTHER"),
        Episode(moved, left, "P", "V2", _place("H5"), "E16", None),
    ]
    child = Child("C1", True, ordinal(2008, 1, 26), "BAFR", True, "UN2", None)
    child.periods = [Period(episodes[0].decom, left, "N8", episodes)]
    ys, ye = year_bounds("2024-25")
    tables: dict[str, list[dict[str, str | None]]] = {
        t.name: [] for t in TABLES if t.exists_in("2024-25")
    }
    _child_rows(child, "2024-25", ys, ye, 7, tables)
    assert [r["CHILD"] for r in tables["oc3"]] == ["C1"]
    assert [(r["CHILD"], r["DUC"]) for r in tables["uasc"]] == [("C1", "26/01/2026")]


def test_every_uasc_child_looked_after_has_a_uasc_record(generated: Path) -> None:
    # A UASC child (UPN UN2) with an episode in the year has a UASC record that year; the date
    # ceased, the 18th birthday, is the same every year (rule 205B).
    checked = 0
    for la in _las(generated):
        uasc_by_year = {
            y: {r["CHILD"]: r["DUC"] for r in _rows(generated, la, y, "uasc")} for y in YEARS
        }
        for year in YEARS:
            children = {e["CHILD"] for e in _rows(generated, la, year, "episodes")}
            for h in _rows(generated, la, year, "header"):
                if h["UPN"] == "UN2" and h["CHILD"] in children:
                    assert h["CHILD"] in uasc_by_year[year], (la, year, h["CHILD"])
                    checked += 1
        for last, this in itertools.pairwise(YEARS):
            for child, duc in uasc_by_year[last].items():
                if child in uasc_by_year[this]:
                    assert uasc_by_year[this][child] == duc, (la, this, child)
    assert checked > 0
