"""Headline figures of a generated set beside England's published ones (2025 release)."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from cic_lab.generate.calendar import age, year_bounds
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
    return "\n".join(lines)
