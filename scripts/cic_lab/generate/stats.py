"""Headline figures of a generated set beside England's published ones (2025 release)."""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from cic_lab.generate.calendar import add_years, age, year_bounds
from cic_lab.generate.calendar import ordinal as _ordinal

# England, year ending 31 March 2025 (analytics-measures.md §6.1, ssda903-spec.md §6).
PUBLISHED: dict[str, float] = {
    "children looked after during the year": 115_410,
    "CLA at 31 March": 81_770,
    "started in year": 32_270,
    "ceased in year": 34_450,
    "adopted": 3_040,
    "special guardianship orders": 4_110,
    "missing incidents": 86_900,
}
PUBLISHED_SHARES: dict[str, float] = {
    "UASC share of CLA": 8,
    "foster placements": 67,
    "children's homes and secure": 12,
    "supported accommodation": 9,
    "placed with parents": 6,
    "placed for adoption": 2,
    "aged under 1": 4,
    "aged 1-4": 12,
    "aged 5-9": 18,
    "aged 10-15": 38,
    "aged 16 and over": 27,
    "ceased aged 18 or over": 40,
}
# Placement stability and care leavers, England 2024-25 (analytics-measures.md §3.5, §3.9):
# shares (%) of the cohorts named in stability() and care_leavers(), and two counts.
PUBLISHED_STABILITY: dict[str, float] = {
    "3+ placements in the year (%)": 100 * 8_500 / 81_770,
    "3+ placements in two years (%)": 100 * 13_410 / 59_430,
    "long-term stability (%)": 100 * 19_680 / 28_710,
    "care leavers 19-21 suitable accom (%)": 100 * 33_810 / 38_190,
    "care leavers 17-18 suitable accom (%)": 100 * 13_380 / 14_750,
}
PUBLISHED_PLACEMENT_COUNTS: dict[str, float] = {
    "new placements in the year": 90_930,
    "placement changes in the year": 59_140,
}
TEMPORARY_PLACES = frozenset({"T0", "T1", "T2", "T3", "T4"})
PLACEMENT_RNE = frozenset({"S", "P", "B", "T", "U"})
FOSTER = frozenset({"U1", "U2", "U3", "U4", "U5", "U6"})
ADOPTIVE = frozenset({"A3", "A4", "A5", "A6"})
NOT_SUITABILITY = frozenset({"G", "H", "R"})  # gone abroad, deported, residence not known
_GROUPS = {
    "foster placements": ("U1", "U2", "U3", "U4", "U5", "U6"),
    "children's homes and secure": ("K1", "K2"),
    "supported accommodation": ("K3", "H5", "P2"),
    "placed with parents": ("P1",),
    "placed for adoption": ("A3", "A4", "A5", "A6"),
}


def _date(text: str) -> int:
    day, month, year = text.split("/")
    return _ordinal(int(year), int(month), int(day))


def _read(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def headline(path: Path, year: str) -> dict[str, float]:
    """Counts and shares (%) over every LA of a generated set, for one collection year."""
    ys, ye = year_bounds(year)
    counts: Counter[str] = Counter()
    place: Counter[str] = Counter()
    ages: Counter[str] = Counter()
    uasc_cla = ceased_adult = 0
    for folder in sorted((path / "ssda903").glob(f"*/{year}")):
        dob = {r["CHILD"]: _date(r["DOB"]) for r in _read(folder / "header.csv")}
        uasc = {r["CHILD"] for r in _read(folder / "uasc.csv")}
        episodes = [r for r in _read(folder / "episodes.csv") if r["LS"] not in ("V3", "V4")]
        counts["children looked after during the year"] += len({r["CHILD"] for r in episodes})
        counts["started in year"] += len(
            {r["CHILD"] for r in episodes if r["RNE"] == "S" and _date(r["DECOM"]) >= ys}
        )
        last_cease: dict[str, dict[str, str]] = {}
        for r in episodes:
            if r["DEC"] and r["REC"] != "X1":
                last_cease[r["CHILD"]] = r
            if not r["DEC"]:
                counts["CLA at 31 March"] += 1
                place[r["PLACE"]] += 1
                uasc_cla += r["CHILD"] in uasc
                years = age(dob[r["CHILD"]], ye)
                band = (
                    "aged under 1"
                    if years < 1
                    else "aged 1-4"
                    if years < 5
                    else (
                        "aged 5-9"
                        if years < 10
                        else "aged 10-15"
                        if years < 16
                        else "aged 16 and over"
                    )
                )
                ages[band] += 1
        counts["ceased in year"] += len(last_cease)
        for child, r in last_cease.items():
            counts["adopted"] += r["REC"] in ("E11", "E12")
            counts["special guardianship orders"] += r["REC"] in ("E45", "E46", "E47", "E48")
            ceased_adult += age(dob[child], _date(r["DEC"])) >= 18
        counts["missing incidents"] += sum(
            1
            for r in _read(folder / "missing.csv")
            if r["MISSING"] == "M" and _date(r["MIS_START"]) >= ys
        )
    figures: dict[str, float] = dict(counts)
    cla = max(counts["CLA at 31 March"], 1)
    figures["UASC share of CLA"] = 100 * uasc_cla / cla
    for group, codes in _GROUPS.items():
        figures[group] = 100 * sum(place[c] for c in codes) / cla
    for band in ("aged under 1", "aged 1-4", "aged 5-9", "aged 10-15", "aged 16 and over"):
        figures[band] = 100 * ages[band] / cla
    figures["ceased aged 18 or over"] = 100 * ceased_adult / max(counts["ceased in year"], 1)
    return figures


def stats(path: Path, national: bool | None = None) -> str:
    """A text table per collection year: generated, published (scaled to the set's size), ratio.

    A national set (153 LAs) compares with England directly; smaller sets compare with England
    scaled by their share of children looked after during the year.
    """
    years = sorted({p.name for p in (path / "ssda903").glob("*/*") if p.is_dir()})
    lines = []
    for year in years:
        figures = headline(path, year)
        if national is None:
            national = len(list((path / "ssda903").glob("*"))) == 153
        scale = (
            1.0
            if national
            else figures.get("children looked after during the year", 0)
            / (PUBLISHED["children looked after during the year"])
        )
        lines.append(f"{year}: published England 2024-25 figures scaled by {scale:.4f}")
        lines.append(f"{'measure':40} {'generated':>10} {'published':>10} {'ratio':>6}")
        for name, value in PUBLISHED.items():
            expected = value * scale
            ratio = figures.get(name, 0) / expected if expected else 0.0
            lines.append(f"{name:40} {figures.get(name, 0):>10.0f} {expected:>10.0f} {ratio:>6.2f}")
        for name, value in PUBLISHED_SHARES.items():
            ratio = figures[name] / value
            lines.append(f"{name + ' (%)':40} {figures[name]:>10.1f} {value:>10.1f} {ratio:>6.2f}")
        more = {**stability(path, year), **care_leavers(path, year)}
        for name, value in PUBLISHED_PLACEMENT_COUNTS.items():
            expected = value * scale
            ratio = more[name] / expected if expected else 0.0
            lines.append(f"{name:40} {more[name]:>10.0f} {expected:>10.0f} {ratio:>6.2f}")
        for name, value in PUBLISHED_STABILITY.items():
            if name not in more:
                lines.append(f"{name:40} {'(needs the year before)':>28}")
                continue
            ratio = more[name] / value
            lines.append(f"{name:40} {more[name]:>10.1f} {value:>10.1f} {ratio:>6.2f}")
    return "\n".join(lines)


@dataclass
class _Spell:
    """A placement by DfE's counting rule: first and last of its (non-temporary) episodes."""

    start: int
    end: int | None  # None: open at the end of the last year held
    place: str
    period: int  # number of the period of care within the child's history
    period_start: int
    last_rec: str


def _same_setting(a: dict[str, str], b: dict[str, str]) -> bool:
    return all(a[k] == b[k] for k in ("PLACE", "PLACE_PROVIDER", "URN", "PL_POST"))


def _spells(episodes: list[dict[str, str]]) -> list[_Spell]:
    """One child's placements from all its episodes (any order; short breaks left out).

    A placement begins at the first episode of a period of care and at each RNE S, P, B, T or U;
    RNE L continues it. Temporary placements (T0-T4) are not placements, and the return to the
    placement held before one continues that placement. A move into A3/A5 straight from foster
    care (the foster carers adopt) is not a new placement. Placements under 24 hours (ending the
    day they start) are left out.
    """
    spells: list[_Spell] = []
    previous: dict[str, str] | None = None  # the episode before, temporary or not
    settled: dict[str, str] | None = None  # the last non-temporary episode of the period
    period = 0
    period_start = 0
    current: _Spell | None = None
    for e in sorted(episodes, key=lambda r: _date(r["DECOM"])):
        decom = _date(e["DECOM"])
        if previous is None or previous["REC"] != "X1":
            period += 1
            period_start = decom
            settled = None
        if e["PLACE"] in TEMPORARY_PLACES:
            previous = e
            continue
        begins = settled is None or (
            e["RNE"] in PLACEMENT_RNE
            and not (
                e["PLACE"] in ("A3", "A5") and previous is not None and previous["PLACE"] in FOSTER
            )
            and not (
                previous is not None
                and previous["PLACE"] in TEMPORARY_PLACES
                and _same_setting(e, settled)
            )
        )
        if begins or current is None:
            current = _Spell(decom, None, e["PLACE"], period, period_start, "")
            spells.append(current)
        current.end = _date(e["DEC"]) if e["DEC"] else None
        current.last_rec = e["REC"]
        previous = settled = e
    return [s for s in spells if s.end is None or s.end > s.start]


@dataclass
class _History:
    """One LA's set: the years held, each child's episodes over them (the latest year's copy of
    an episode wins) and dates of birth."""

    years: set[str]
    episodes: dict[str, list[dict[str, str]]]
    dob: dict[str, int]


def _histories(path: Path) -> list[_History]:
    result = []
    for la_folder in sorted(p for p in (path / "ssda903").glob("*") if p.is_dir()):
        years = sorted(p.name for p in la_folder.glob("*") if p.is_dir())
        rows: dict[tuple[str, str], dict[str, str]] = {}
        dob: dict[str, int] = {}
        for year in years:
            dob.update(
                (r["CHILD"], _date(r["DOB"])) for r in _read(la_folder / year / "header.csv")
            )
            for r in _read(la_folder / year / "episodes.csv"):
                if r["LS"] not in ("V3", "V4"):
                    rows[r["CHILD"], r["DECOM"]] = r
        children: dict[str, list[dict[str, str]]] = {}
        for (child, _), r in rows.items():
            children.setdefault(child, []).append(r)
        result.append(_History(set(years), children, dob))
    return result


def stability(path: Path, year: str) -> dict[str, float]:
    """Placement stability for one collection year, from the episodes of every year held.

    - 3+ placements: of the children looked after on 31 March, those with three or more
      placements open at some time in the year;
    - 3+ placements in two years: of those looked after on 31 March whose period of care began
      on or before 1 April of the year before, three or more placements in the two years (only
      where the set holds the year before: earlier placements are not known otherwise);
    - long-term stability: of those looked after on 31 March aged under 16 whose period of care
      began at least 30 months before, those whose latest placement began two years before or
      earlier, or placed for adoption (A3-A6) after a placement that began by then;
    - new placements (beginning in the year) and placement changes (ending in the year with a
      move: the last episode ends X1).
    A period of care or placement that began before the first year held is seen from its
    earliest episode in the set, as a warehouse holding those returns sees it.
    """
    ys, ye = year_bounds(year)
    previous_year = f"{int(year[:4]) - 1}-{year[2:4]}"
    two_back = add_years(ys, -1)
    two_years_before = add_years(ye, -2)
    thirty_months = _ordinal(int(year[:4]) - 2, 9, 30)
    counts: Counter[str] = Counter()
    for history in _histories(path):
        if year not in history.years:
            continue
        for child, episodes in history.episodes.items():
            spells = _spells(episodes)
            for s in spells:
                counts["new placements in the year"] += ys <= s.start <= ye
                counts["placement changes in the year"] += (
                    s.end is not None and ys <= s.end <= ye and s.last_rec == "X1"
                )
            looked_after = any(
                _date(e["DECOM"]) <= ye and (not e["DEC"] or _date(e["DEC"]) > ye) for e in episodes
            )
            begun = [s for s in spells if s.start <= ye]
            if not looked_after or not begun:
                continue
            counts["cla"] += 1
            in_year = sum(1 for s in spells if s.start <= ye and (s.end is None or s.end >= ys))
            counts["3+ in year"] += in_year >= 3
            current = begun[-1]
            if previous_year in history.years and current.period_start <= two_back:
                counts["cla 2 years"] += 1
                counts["3+ in two years"] += (
                    sum(1 for s in spells if s.start <= ye and (s.end is None or s.end >= two_back))
                    >= 3
                )
            if age(history.dob[child], ye) < 16 and current.period_start <= thirty_months:
                counts["long-term cohort"] += 1
                index = spells.index(current)
                before = spells[index - 1] if index else None
                counts["long-term stable"] += current.start <= two_years_before or (
                    current.place in ADOPTIVE
                    and before is not None
                    and before.period == current.period
                    and before.start <= two_years_before
                )
    figures: dict[str, float] = {
        "new placements in the year": counts["new placements in the year"],
        "placement changes in the year": counts["placement changes in the year"],
        "3+ placements in the year (%)": 100 * counts["3+ in year"] / max(counts["cla"], 1),
        "long-term stability (%)": 100
        * counts["long-term stable"]
        / max(counts["long-term cohort"], 1),
    }
    if counts["cla 2 years"]:
        figures["3+ placements in two years (%)"] = (
            100 * counts["3+ in two years"] / counts["cla 2 years"]
        )
    return figures


def care_leavers(path: Path, year: str) -> dict[str, float]:
    """Care leavers in suitable accommodation (ACCOM ending in 1), for one collection year.

    Cohorts: the OC3 rows whose 19th, 20th or 21st (or 17th or 18th) birthday falls in the
    year, less those who died or went back home (IN_TOUCH DIED, RHOM); those not in touch stay
    in (ACCOM 0: not suitable). The denominator leaves out gone abroad (G), deported (H) and
    residence not known (R).
    """
    ys, ye = year_bounds(year)
    counts: Counter[str] = Counter()
    for folder in sorted((path / "ssda903").glob(f"*/{year}")):
        for r in _read(folder / "oc3.csv"):
            dob = _date(r["DOB"])
            birthday = next((k for k in range(17, 22) if ys <= add_years(dob, k) <= ye), None)
            if birthday is None or r["IN_TOUCH"] in ("DIED", "RHOM"):
                continue
            cohort = "19-21" if birthday >= 19 else "17-18"
            if r["ACCOM"][:1] in NOT_SUITABILITY:
                continue
            counts[cohort] += 1
            counts[cohort + " suitable"] += r["ACCOM"].endswith("1")
    return {
        f"care leavers {c} suitable accom (%)": 100 * counts[c + " suitable"] / max(counts[c], 1)
        for c in ("19-21", "17-18")
    }
