"""The synthetic 903 generator on the small tier: determinism, code lists, years, structure."""

from __future__ import annotations

import csv
import itertools
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import pytest

from cic.generate import run
from cic.generate.codes import code_list

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
                    if e["PLACE"] in ("P1", "H5", "R1", "R2", "R5", "P3"):
                        assert not e["URN"]
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
