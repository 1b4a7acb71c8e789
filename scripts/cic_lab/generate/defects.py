"""Error injection: damage a share of children in generated 903 returns, and say how.

`inject()` takes returns keyed by (la_code, collection_year), each a dict of our lower-case
table names to rows (dicts keyed by DfE column names, string values in return format, None for
blank). It picks `rate` of each LA-year's children deterministically from `seed`, gives each
one defect from `CATALOGUE` (mutating rows in place, adding or removing rows where needed) and
returns a manifest: one entry per damaged child naming the DfE rule codes the defect should
trigger. Each defect kind was written against the DfE rule it names and checked against the
reference validator (`cic_lab.generate.verify`).

Cross-year defects change the later year so that it disagrees with the earlier year held in
the same `returns` dict. A child is damaged at most once over all years.
"""

from __future__ import annotations

import hashlib
import itertools
import random
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from cic.ssda903 import check_year

Row = dict[str, str | None]
Tables = dict[str, list[Row]]
Returns = dict[tuple[str, str], Tables]

# ---------------------------------------------------------------------------------------
# dates and years


def parse_date(text: str | None) -> date | None:
    """dd/mm/yyyy -> date; None for blank or unparseable text."""
    if not text:
        return None
    parts = text.split("/")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    try:
        return date(int(parts[2]), int(parts[1]), int(parts[0]))
    except ValueError:
        return None


def fmt(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def year_start(year: str) -> date:
    return date(int(year[:4]), 4, 1)


def year_end(year: str) -> date:
    return date(int(year[:4]) + 1, 3, 31)


def previous_year(year: str) -> str:
    start = int(check_year(year)[:4]) - 1
    return f"{start}-{(start + 1) % 100:02d}"


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def male_code(year: str) -> str:
    return "M" if year >= "2024-25" else "1"


def female_code(year: str) -> str:
    return "F" if year >= "2024-25" else "2"


def valid_places(year: str) -> tuple[str, ...]:
    """Placement types valid in a collection year (DfE lists; K3 from 2024-25, Z11-Z14 from
    2025-26 when Z1, H5 and P2 went)."""
    common = [
        "A3",
        "A4",
        "A5",
        "A6",
        "K1",
        "K2",
        "P1",
        "P3",
        "R1",
        "R2",
        "R3",
        "R5",
        "S1",
        "T0",
        "T1",
        "T2",
        "T3",
        "T4",
        "U1",
        "U2",
        "U3",
        "U4",
        "U5",
        "U6",
    ]
    if year >= "2025-26":
        return (*common, "K3", "Z11", "Z12", "Z13", "Z14")
    if year >= "2024-25":
        return (*common, "K3", "H5", "P2", "Z1")
    return (*common, "H5", "P2", "Z1")


def temporary_places(year: str) -> tuple[str, ...]:
    """Placements that take no provider code (rules 213, 526)."""
    others = ("Z11", "Z12", "Z13", "Z14") if year >= "2025-26" else ("Z1",)
    return ("T0", "T1", "T2", "T3", "T4", *others)


def invalid_place(year: str) -> str:
    """A placement code valid in some other year but not this one."""
    if year >= "2025-26":
        return "Z1"  # replaced by Z11-Z14
    if year >= "2024-25":
        return "Z11"  # not yet introduced
    return "K3"  # introduced in 2024-25


ETHNIC_CODES = [
    "WBRI",
    "WIRI",
    "WOTH",
    "WIRT",
    "WROM",
    "MWBC",
    "MWBA",
    "MWAS",
    "MOTH",
    "AIND",
    "APKN",
    "ABAN",
    "AOTH",
    "BCRB",
    "BAFR",
    "BOTH",
    "CHNE",
    "OOTH",
    "REFU",
    "NOBT",
]

# ---------------------------------------------------------------------------------------
# the damaged child


@dataclass
class Target:
    """One child of one LA-year, with the tables a defect may change."""

    la: str
    year: str
    child: str
    tables: Tables
    previous: Tables | None
    rng: random.Random
    protected: set[str] = field(default_factory=set)  # children other defects rely on

    def rows(self, table: str) -> list[Row]:
        return [r for r in self.tables.get(table, []) if r.get("CHILD") == self.child]

    def last_rows(self, table: str) -> list[Row]:
        if self.previous is None:
            return []
        return [r for r in self.previous.get(table, []) if r.get("CHILD") == self.child]

    def header(self) -> Row | None:
        rows = self.rows("header")
        return rows[0] if rows else None

    def last_header(self) -> Row | None:
        rows = self.last_rows("header")
        return rows[0] if rows else None

    def dob(self) -> date | None:
        head = self.header()
        return parse_date(head.get("DOB")) if head else None

    def episodes(self) -> list[Row]:
        """The child's episodes in date order (unparseable DECOMs last)."""
        return sorted(self.rows("episodes"), key=lambda r: parse_date(r.get("DECOM")) or date.max)

    def last_episodes(self) -> list[Row]:
        return sorted(
            self.last_rows("episodes"), key=lambda r: parse_date(r.get("DECOM")) or date.max
        )

    def pick(self, rows: list[Row], test: Callable[[Row], bool] = lambda r: True) -> Row | None:
        candidates = [r for r in rows if test(r)]
        return self.rng.choice(candidates) if candidates else None

    def add_row(self, table: str, row: Row) -> None:
        self.tables.setdefault(table, []).append(row)


Apply = Callable[[Target], bool]


@dataclass(frozen=True)
class DefectKind:
    """A kind of damage: the table it changes, the DfE rules it should trigger and how."""

    name: str
    table: str
    rule_codes: tuple[str, ...]
    apply: Apply = field(repr=False)  # mutates and returns True, or returns False untouched
    first_year: str = "2000-01"
    last_year: str = "2099-00"
    cross_year: bool = False

    def in_force(self, year: str) -> bool:
        return self.first_year <= year <= self.last_year


CATALOGUE: dict[str, DefectKind] = {}


def defect(
    name: str,
    table: str,
    codes: str,
    first_year: str = "2000-01",
    last_year: str = "2099-00",
    cross_year: bool = False,
) -> Callable[[Apply], Apply]:
    """Register a defect kind in CATALOGUE."""

    def register(func: Apply) -> Apply:
        if name in CATALOGUE:
            raise ValueError(f"defect kind {name} registered twice")
        CATALOGUE[name] = DefectKind(
            name, table, tuple(codes.split()), func, first_year, last_year, cross_year
        )
        return func

    return register


def _set(row: Row | None, **values: str | None) -> bool:
    if row is None:
        return False
    row.update(values)
    return True


def _shift(text: str | None, days: int) -> str | None:
    day = parse_date(text)
    return fmt(day + timedelta(days=days)) if day else None


BAD_DATES = ("31/02/{y}", "2019-05-04", "00/01/{y}", "15/13/{y}", "1/1/{y}x")


def _bad_date(target: Target) -> str:
    return target.rng.choice(BAD_DATES).format(y=target.year[:4])


# ---------------------------------------------------------------------------------------
# Header


@defect("header_sex_invalid", "header", "101")
def _sex_invalid(t: Target) -> bool:
    # The other era's code: 1/2 are invalid from 2024-25, M/F before.
    return _set(t.header(), SEX="1" if t.year >= "2024-25" else "M")


@defect("header_sex_unknown", "header", "232", first_year="2024-25")
def _sex_unknown(t: Target) -> bool:
    return _set(t.header(), SEX="U")


@defect("header_dob_invalid", "header", "102")
def _dob_invalid(t: Target) -> bool:
    return _set(t.header(), DOB=_bad_date(t))


@defect("header_dob_after_year_end", "header", "301")
def _dob_after_end(t: Target) -> bool:
    return _set(t.header(), DOB=fmt(year_end(t.year) + timedelta(days=t.rng.randint(1, 60))))


@defect("header_dob_over_25", "header", "351")
def _dob_over_25(t: Target) -> bool:
    born = add_years(year_start(t.year), -26) - timedelta(days=t.rng.randint(1, 300))
    return _set(t.header(), DOB=fmt(born))


@defect("header_ethnic_invalid", "header", "103")
def _ethnic_invalid(t: Target) -> bool:
    return _set(t.header(), ETHNIC=t.rng.choice(["WHIT", "ZZZZ", "BRIT", None]))


@defect("header_upn_format", "header", "168")
def _upn_format(t: Target) -> bool:
    digits = "".join(t.rng.choice("0123456789") for _ in range(12))
    bad = t.rng.choice([f"A{digits[:11]}", f"I{digits}", "UN6", digits, f"A{digits}Z"])
    return _set(t.header(), UPN=bad)


@defect("header_upn_un1_school_age", "header", "209")
def _upn_un1(t: Target) -> bool:
    born = t.dob()
    reference = date(year_start(t.year).year - 1, 8, 31)
    if born is None or add_years(born, 4) > reference:
        return False
    return _set(t.header(), UPN="UN1")


@defect("header_upn_duplicate", "header", "444", first_year="2025-26")
def _upn_duplicate(t: Target) -> bool:
    head = t.header()
    others = [
        r
        for r in t.tables.get("header", [])
        if r.get("CHILD") != t.child and r.get("UPN") and not str(r["UPN"]).startswith("UN")
    ]
    if head is None or not others:
        return False
    donor = t.rng.choice(others)
    t.protected.add(str(donor["CHILD"]))  # damaging the donor later would undo this defect
    return _set(head, UPN=donor["UPN"])


@defect("header_mother_without_child_dob", "header", "611")
def _mother_no_mc_dob(t: Target) -> bool:
    head = t.header()
    if head is None or head.get("SEX") != female_code(t.year):
        return False
    return _set(head, MOTHER="1", MC_DOB=None)


@defect("header_child_dob_invalid", "header", "171")
def _mc_dob_invalid(t: Target) -> bool:
    head = t.header()
    if head is None or head.get("SEX") != female_code(t.year):
        return False
    return _set(head, MOTHER="1", MC_DOB=_bad_date(t))


@defect("header_male_with_child_dob", "header", "174")
def _male_mc_dob(t: Target) -> bool:
    head = t.header()
    if head is None or head.get("SEX") != male_code(t.year):
        return False
    return _set(head, MC_DOB=fmt(year_start(t.year) + timedelta(days=t.rng.randint(0, 200))))


@defect("header_child_dob_not_mother", "header", "612")
def _mc_dob_not_mother(t: Target) -> bool:
    head = t.header()
    if head is None or head.get("SEX") != female_code(t.year):
        return False
    when = fmt(year_start(t.year) + timedelta(days=t.rng.randint(0, 200)))
    return _set(head, MOTHER="0", MC_DOB=when)


@defect("header_mother_missing", "header", "393")
def _mother_missing(t: Target) -> bool:
    head = t.header()
    episodes = [e for e in t.rows("episodes") if e.get("LS") not in ("V3", "V4")]
    if head is None or head.get("SEX") != female_code(t.year) or not episodes:
        return False
    if head.get("MOTHER") is None:
        return False
    return _set(head, MOTHER=None, MC_DOB=None)


# ---------------------------------------------------------------------------------------
# Episodes


def _ended(row: Row) -> bool:
    return row.get("DEC") is not None


@defect("episode_decom_invalid", "episodes", "141")
def _decom_invalid(t: Target) -> bool:
    # Only for children with another dated episode: the oracle's first-episode rules (302,
    # 502, 503A-J and others) crash for the whole file when a child has no parseable DECOM.
    dated = [r for r in t.rows("episodes") if parse_date(r.get("DECOM"))]
    if len(dated) < 2:
        return False
    return _set(t.rng.choice(dated), DECOM=_bad_date(t))


@defect("episode_rne_invalid", "episodes", "143")
def _rne_invalid(t: Target) -> bool:
    return _set(t.pick(t.rows("episodes")), RNE=t.rng.choice(["X", "R", "C"]))


@defect("episode_ls_invalid", "episodes", "144")
def _ls_invalid(t: Target) -> bool:
    return _set(t.pick(t.rows("episodes")), LS=t.rng.choice(["C3", "V1", "E2", "J4"]))


@defect("episode_cin_invalid", "episodes", "145")
def _cin_invalid(t: Target) -> bool:
    return _set(t.pick(t.rows("episodes")), CIN=t.rng.choice(["N0", "N9", "M1"]))


@defect("episode_place_invalid", "episodes", "146")
def _place_invalid(t: Target) -> bool:
    return _set(t.pick(t.rows("episodes")), PLACE=invalid_place(t.year))


@defect("episode_provider_invalid", "episodes", "178")
def _provider_invalid(t: Target) -> bool:
    row = t.pick(t.rows("episodes"), lambda r: r.get("PLACE") not in temporary_places(t.year))
    return _set(row, PLACE_PROVIDER=t.rng.choice(["PR6", "PR", "P4"]))


@defect("episode_provider_pr0_not_p1", "episodes", "550")
def _provider_pr0(t: Target) -> bool:
    row = t.pick(
        t.rows("episodes"),
        lambda r: r.get("PLACE") not in ("P1", *temporary_places(t.year)),
    )
    return _set(row, PLACE_PROVIDER="PR0")


@defect("episode_provider_missing", "episodes", "526")
def _provider_missing(t: Target) -> bool:
    row = t.pick(t.rows("episodes"), lambda r: r.get("PLACE") not in temporary_places(t.year))
    return _set(row, PLACE_PROVIDER=None)


@defect("episode_provider_for_temporary", "episodes", "213")
def _provider_temporary(t: Target) -> bool:
    row = t.pick(t.rows("episodes"), lambda r: r.get("PLACE_PROVIDER") is not None)
    return _set(row, PLACE=t.rng.choice(["T0", "T1", "T2", "T4"]))


@defect("episode_urn_not_allowed", "episodes", "222")
def _urn_not_allowed(t: Target) -> bool:
    row = t.pick(t.rows("episodes"))
    if row is None:
        return False
    urn = "".join(t.rng.choice("0123456789") for _ in range(7))
    place = row.get("PLACE")
    if place not in ("P1", "P3", "R1", "R2", "R5", *temporary_places(t.year)):
        place = "R1"
    return _set(row, PLACE=place, URN=urn)


@defect("episode_place_change_reason_invalid", "episodes", "1009")
def _rpc_invalid(t: Target) -> bool:
    return _set(t.pick(t.rows("episodes"), _ended), REASON_PLACE_CHANGE="MOVED")


@defect("episode_rec_invalid", "episodes", "149")
def _rec_invalid(t: Target) -> bool:
    # E43/E44 are retired special-guardianship codes.
    return _set(t.pick(t.rows("episodes"), _ended), REC=t.rng.choice(["E43", "E44", "E99"]))


@defect("episode_dec_invalid", "episodes", "147")
def _dec_invalid(t: Target) -> bool:
    return _set(t.pick(t.rows("episodes"), _ended), DEC=_bad_date(t))


@defect("episode_dec_without_rec", "episodes", "148")
def _dec_without_rec(t: Target) -> bool:
    return _set(t.pick(t.rows("episodes"), _ended), REC=None)


@defect("episode_rec_without_dec", "episodes", "148")
def _rec_without_dec(t: Target) -> bool:
    episodes = t.episodes()
    if not episodes or _ended(episodes[-1]):
        return False
    return _set(episodes[-1], REC=t.rng.choice(["E8", "E4A", "E13"]))


@defect("episode_unended_not_last", "episodes", "142")
def _unended(t: Target) -> bool:
    episodes = t.episodes()
    if len(episodes) < 2:
        return False
    return _set(t.rng.choice(episodes[:-1]), DEC=None, REC=None)


@defect("episode_overlap", "episodes", "501")
def _overlap(t: Target) -> bool:
    episodes = t.episodes()
    end = year_end(t.year)
    for before, after in itertools.pairwise(episodes):
        nxt = parse_date(after.get("DECOM"))
        if _ended(before) and nxt and nxt + timedelta(days=3) <= end:
            return _set(before, DEC=fmt(nxt + timedelta(days=3)))
    return False


@defect("episode_ends_before_start", "episodes", "356")
def _dec_before_decom(t: Target) -> bool:
    row = t.pick(t.rows("episodes"), lambda r: _ended(r) and parse_date(r["DECOM"]) is not None)
    if row is None:
        return False
    return _set(row, DEC=_shift(row["DECOM"], -t.rng.randint(2, 30)))


@defect("episode_ends_after_year_end", "episodes", "385")
def _dec_after_end(t: Target) -> bool:
    after = fmt(year_end(t.year) + timedelta(days=t.rng.randint(1, 30)))
    return _set(t.pick(t.rows("episodes"), _ended), DEC=after)


@defect("episode_starts_after_year_end", "episodes", "354")
def _decom_after_end(t: Target) -> bool:
    episodes = t.episodes()
    if not episodes or _ended(episodes[-1]):
        return False
    return _set(episodes[-1], DECOM=fmt(year_end(t.year) + timedelta(days=t.rng.randint(1, 30))))


@defect("episode_starts_before_1991", "episodes", "353")
def _decom_1991(t: Target) -> bool:
    episodes = t.episodes()
    if not episodes:
        return False
    return _set(episodes[0], DECOM=fmt(date(1991, 10, 13) - timedelta(days=t.rng.randint(0, 400))))


@defect("episode_starts_before_birth", "episodes", "302")
def _decom_before_dob(t: Target) -> bool:
    born = t.dob()
    episodes = t.episodes()
    if born is None or not episodes:
        return False
    return _set(episodes[0], DECOM=fmt(born - timedelta(days=t.rng.randint(1, 60))))


@defect("episode_under_24_hours", "episodes", "355")
def _under_24h(t: Target) -> bool:
    row = t.pick(t.rows("episodes"), lambda r: _ended(r) and r.get("DECOM") is not None)
    return _set(row, DEC=row["DECOM"]) if row else False


@defect("episode_first_not_started", "episodes", "357")
def _first_not_s(t: Target) -> bool:
    episodes = t.episodes()
    first = parse_date(episodes[0].get("DECOM")) if episodes else None
    if first is None or first < year_start(t.year):
        return False
    return _set(episodes[0], RNE=t.rng.choice(["P", "L", "T"]))


@defect("episode_x1_without_next", "episodes", "388")
def _x1_no_next(t: Target) -> bool:
    episodes = t.episodes()
    if not episodes or not _ended(episodes[-1]) or episodes[-1].get("REC") == "X1":
        return False
    return _set(episodes[-1], REC="X1")


@defect("episode_need_changes_in_period", "episodes", "504")
def _cin_changes(t: Target) -> bool:
    episodes = t.episodes()
    for before, after in itertools.pairwise(episodes):
        if before.get("REC") == "X1" and before.get("DEC") == after.get("DECOM"):
            other = [f"N{n}" for n in range(1, 9) if f"N{n}" != after.get("CIN")]
            return _set(after, CIN=t.rng.choice(other))
    return False


# ---------------------------------------------------------------------------------------
# Reviews


@defect("review_date_missing", "reviews", "166")
def _review_missing(t: Target) -> bool:
    return _set(t.pick(t.rows("reviews")), REVIEW=t.rng.choice([None, _bad_date(t)]))


@defect("review_code_invalid", "reviews", "167")
def _review_code(t: Target) -> bool:
    return _set(t.pick(t.rows("reviews")), REVIEW_CODE=t.rng.choice(["PN8", "P1", None]))


def _age_at_review(row: Row) -> tuple[date, date] | None:
    born, held = parse_date(row.get("DOB")), parse_date(row.get("REVIEW"))
    return (born, held) if born and held else None


@defect("review_pn0_aged_4_plus", "reviews", "440")
def _pn0_over_4(t: Target) -> bool:
    def old(row: Row) -> bool:
        ages = _age_at_review(row)
        return ages is not None and ages[1] > add_years(ages[0], 4)

    return _set(t.pick(t.rows("reviews"), old), REVIEW_CODE="PN0")


@defect("review_participation_under_4", "reviews", "441")
def _pn_under_4(t: Target) -> bool:
    def young(row: Row) -> bool:
        ages = _age_at_review(row)
        return ages is not None and ages[1] < add_years(ages[0], 4)

    return _set(t.pick(t.rows("reviews"), young), REVIEW_CODE=t.rng.choice(["PN1", "PN3"]))


# ---------------------------------------------------------------------------------------
# UASC


@defect("uasc_ceased_invalid", "uasc", "104")
def _duc_invalid(t: Target) -> bool:
    return _set(t.pick(t.rows("uasc")), DUC=_bad_date(t))


@defect("uasc_ceased_after_18", "uasc", "304")
def _duc_after_18(t: Target) -> bool:
    row = t.pick(t.rows("uasc"), lambda r: parse_date(r.get("DOB")) is not None)
    if row is None:
        return False
    turned_18 = add_years(parse_date(row["DOB"]) or date.min, 18)
    ceased = max(turned_18 + timedelta(days=t.rng.randint(1, 90)), year_start(t.year))
    return _set(row, DUC=fmt(ceased))


# ---------------------------------------------------------------------------------------
# AD1


def _ad1(t: Target) -> Row | None:
    return t.pick(t.rows("ad1"))


@defect("ad1_date_decision_invalid", "ad1", "112")
def _ad1_int(t: Target) -> bool:
    return _set(_ad1(t), DATE_INT=_bad_date(t))


@defect("ad1_date_match_invalid", "ad1", "113")
def _ad1_match(t: Target) -> bool:
    return _set(_ad1(t), DATE_MATCH=_bad_date(t))


@defect("ad1_foster_care_invalid", "ad1", "114")
def _ad1_foster(t: Target) -> bool:
    return _set(_ad1(t), FOSTER_CARE=t.rng.choice(["2", "Y"]))


@defect("ad1_number_invalid", "ad1", "175")
def _ad1_nb(t: Target) -> bool:
    return _set(_ad1(t), NB_ADOPTR=t.rng.choice(["0", "3"]))


@defect("ad1_sex_invalid", "ad1", "176")
def _ad1_sex(t: Target) -> bool:
    return _set(_ad1(t), SEX_ADOPTR=t.rng.choice(["M2", "FM", "U1"]))


@defect("ad1_legal_status_invalid", "ad1", "177")
def _ad1_ls(t: Target) -> bool:
    return _set(_ad1(t), LS_ADOPTR=t.rng.choice(["L1", "L5", "L13"]))


@defect("ad1_partial", "ad1", "151")
def _ad1_partial(t: Target) -> bool:
    row = _ad1(t)
    if row is None:
        return False
    column = t.rng.choice(["FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"])
    return _set(row, **{column: None})


@defect("ad1_decision_after_match", "ad1", "333")
def _ad1_order(t: Target) -> bool:
    row = t.pick(t.rows("ad1"), lambda r: parse_date(r.get("DATE_MATCH")) is not None)
    return _set(row, DATE_INT=_shift(row["DATE_MATCH"], t.rng.randint(5, 60))) if row else False


@defect("ad1_couple_single_sex_code", "ad1", "511")
def _ad1_couple(t: Target) -> bool:
    return _set(_ad1(t), NB_ADOPTR="2", SEX_ADOPTR=t.rng.choice(["M1", "F1"]))


@defect("ad1_single_status_couple", "ad1", "514")
def _ad1_single(t: Target) -> bool:
    return _set(_ad1(t), LS_ADOPTR="L0", SEX_ADOPTR=t.rng.choice(["MF", "FF", "MM"]))


# ---------------------------------------------------------------------------------------
# PlacedAdoption


def _placed(t: Target) -> Row | None:
    return t.pick(t.rows("placed_adoption"))


@defect("placed_adoption_date_invalid", "placed_adoption", "115")
def _pa_date(t: Target) -> bool:
    return _set(_placed(t), DATE_PLACED=_bad_date(t))


@defect("placed_adoption_ceased_invalid", "placed_adoption", "116")
def _pa_ceased(t: Target) -> bool:
    return _set(_placed(t), DATE_PLACED_CEASED=_bad_date(t), REASON_PLACED_CEASED="RD1")


@defect("placed_adoption_reason_without_date", "placed_adoption", "119")
def _pa_reason(t: Target) -> bool:
    return _set(_placed(t), DATE_PLACED_CEASED=None, REASON_PLACED_CEASED="RD4")


@defect("placed_adoption_reason_invalid", "placed_adoption", "120")
def _pa_reason_invalid(t: Target) -> bool:
    row = _placed(t)
    if row is None:
        return False
    ceased = row.get("DATE_PLACED_CEASED") or fmt(year_end(t.year) - timedelta(days=10))
    return _set(row, DATE_PLACED_CEASED=ceased, REASON_PLACED_CEASED=t.rng.choice(["RD5", "RD"]))


@defect("placed_adoption_before_birth", "placed_adoption", "184")
def _pa_before_dob(t: Target) -> bool:
    born = t.dob()
    if born is None:
        return False
    return _set(_placed(t), DATE_PLACED=fmt(born - timedelta(days=t.rng.randint(1, 90))))


@defect("placed_adoption_ceased_before_decision", "placed_adoption", "522")
def _pa_order(t: Target) -> bool:
    row = t.pick(t.rows("placed_adoption"), lambda r: parse_date(r.get("DATE_PLACED")) is not None)
    if row is None:
        return False
    earlier = _shift(row["DATE_PLACED"], -t.rng.randint(5, 60))
    return _set(row, DATE_PLACED_CEASED=earlier, REASON_PLACED_CEASED="RD1")


# ---------------------------------------------------------------------------------------
# PrevPerm


@defect("prev_perm_option_invalid", "prev_perm", "631")
def _pp_option(t: Target) -> bool:
    return _set(t.pick(t.rows("prev_perm")), PREV_PERM=t.rng.choice(["P5", "Z2", "P0"]))


@defect("prev_perm_la_invalid", "prev_perm", "633")
def _pp_la(t: Target) -> bool:
    return _set(t.pick(t.rows("prev_perm")), LA_PERM=t.rng.choice(["000", "123", "ENG"]))


@defect("prev_perm_details_without_option", "prev_perm", "635")
def _pp_details(t: Target) -> bool:
    row = t.pick(t.rows("prev_perm"))
    if row is None:
        return False
    la = row.get("LA_PERM") or "999"
    return _set(row, PREV_PERM=None, LA_PERM=la)


# ---------------------------------------------------------------------------------------
# OC2


def _oc2(t: Target) -> Row | None:
    return t.pick(t.rows("oc2"))


@defect("oc2_sdq_score_invalid", "oc2", "180")
def _sdq_score(t: Target) -> bool:
    return _set(_oc2(t), SDQ_SCORE=t.rng.choice(["41", "99", "-1", "X"]), SDQ_REASON=None)


@defect("oc2_sdq_score_and_reason", "oc2", "197a")
def _sdq_both(t: Target) -> bool:
    row = _oc2(t)
    if row is None:
        return False
    return _set(
        row,
        SDQ_SCORE=row.get("SDQ_SCORE") or str(t.rng.randint(0, 40)),
        SDQ_REASON=row.get("SDQ_REASON") or t.rng.choice(["SDQ2", "SDQ4"]),
    )


@defect("oc2_sdq_reason_invalid", "oc2", "196")
def _sdq_reason(t: Target) -> bool:
    return _set(_oc2(t), SDQ_SCORE=None, SDQ_REASON=t.rng.choice(["SDQ6", "SDQ0", "NONE"]))


@defect("oc2_flag_invalid", "oc2", "181")
def _oc2_flag(t: Target) -> bool:
    column = t.rng.choice(["IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT"])
    return _set(_oc2(t), **{column: t.rng.choice(["2", "Y", "N"])})


@defect("oc2_intervention_without_misuse", "oc2", "193")
def _oc2_intervention(t: Target) -> bool:
    return _set(_oc2(t), SUBSTANCE_MISUSE="0", INTERVENTION_RECEIVED="1")


# ---------------------------------------------------------------------------------------
# OC3


def _oc3(t: Target) -> Row | None:
    return t.pick(t.rows("oc3"))


@defect("oc3_in_touch_invalid", "oc3", "131")
def _oc3_touch(t: Target) -> bool:
    return _set(_oc3(t), IN_TOUCH=t.rng.choice(["Y", "MAYBE", "DEAD"]))


@defect("oc3_activity_invalid", "oc3", "132")
def _oc3_activ(t: Target) -> bool:
    # F3/P3 were retired in 2021-22.
    return _set(_oc3(t), ACTIV=t.rng.choice(["F3", "P3", "G7"]))


@defect("oc3_accommodation_invalid", "oc3", "133")
def _oc3_accom(t: Target) -> bool:
    return _set(_oc3(t), ACCOM=t.rng.choice(["S1", "X1", "A1"]))


@defect("oc3_partial", "oc3", "153")
def _oc3_partial(t: Target) -> bool:
    row = _oc3(t)
    if row is None:
        return False
    if row.get("IN_TOUCH") is None:
        return _set(row, IN_TOUCH="YES", ACTIV=None, ACCOM=None)
    return _set(row, **{t.rng.choice(["ACTIV", "ACCOM"]): None})


@defect("oc3_died_with_activity", "oc3", "344")
def _oc3_died(t: Target) -> bool:
    return _set(_oc3(t), IN_TOUCH=t.rng.choice(["DIED", "RHOM"]), ACTIV="F2", ACCOM="U1")


@defect("oc3_in_touch_without_activity", "oc3", "345")
def _oc3_zero(t: Target) -> bool:
    return _set(_oc3(t), IN_TOUCH="YES", ACTIV="0", ACCOM="0")


# ---------------------------------------------------------------------------------------
# Missing


def _missing(t: Target) -> Row | None:
    return t.pick(t.rows("missing"))


@defect("missing_type_invalid", "missing", "1006")
def _mis_type(t: Target) -> bool:
    return _set(_missing(t), MISSING=t.rng.choice(["X", "AWOL", "1"]))


@defect("missing_start_invalid", "missing", "1004")
def _mis_start(t: Target) -> bool:
    return _set(_missing(t), MIS_START=_bad_date(t))


@defect("missing_start_blank", "missing", "564 1004")
def _mis_start_blank(t: Target) -> bool:
    row = t.pick(t.rows("missing"), lambda r: r.get("MISSING") in ("M", "A"))
    return _set(row, MIS_START=None)


@defect("missing_end_invalid", "missing", "1005")
def _mis_end(t: Target) -> bool:
    return _set(_missing(t), MIS_END=_bad_date(t))


@defect("missing_ends_before_start", "missing", "567")
def _mis_order(t: Target) -> bool:
    row = t.pick(t.rows("missing"), lambda r: parse_date(r.get("MIS_START")) is not None)
    return _set(row, MIS_END=_shift(row["MIS_START"], -t.rng.randint(1, 10))) if row else False


@defect("missing_before_birth", "missing", "586")
def _mis_dob(t: Target) -> bool:
    row = t.pick(t.rows("missing"), lambda r: parse_date(r.get("DOB")) is not None)
    if row is None:
        return False
    return _set(row, MIS_START=_shift(row["DOB"], -t.rng.randint(1, 200)), MIS_END=None)


# ---------------------------------------------------------------------------------------
# SWEpisodes (from 2023-24)


def _sw(t: Target) -> Row | None:
    return t.pick(t.rows("sw_episodes"))


@defect("sw_id_invalid", "sw_episodes", "SW02STG1", first_year="2023-24")
def _sw_id(t: Target) -> bool:
    return _set(_sw(t), SW_ID=t.rng.choice(["AB1234", "S1234", "1234SW"]))


@defect("sw_start_invalid", "sw_episodes", "SW04STG1", first_year="2023-24")
def _sw_start(t: Target) -> bool:
    # A real date in the wrong layout: the oracle's SW13STG1 (2024-25 on) parses SW_DECOM
    # without error handling and crashes for the whole file on a date that cannot be read.
    row = t.pick(t.rows("sw_episodes"), lambda r: parse_date(r.get("SW_DECOM")) is not None)
    if row is None:
        return False
    day = parse_date(row["SW_DECOM"]) or date.min
    return _set(row, SW_DECOM=t.rng.choice([day.isoformat(), day.strftime("%d.%m.%Y")]))


@defect("sw_end_invalid", "sw_episodes", "SW05STG1", first_year="2023-24")
def _sw_end(t: Target) -> bool:
    return _set(_sw(t), SW_DEC=_bad_date(t))


@defect("sw_reason_invalid", "sw_episodes", "SW13STG1", first_year="2023-24")
def _sw_reason(t: Target) -> bool:
    return _set(_sw(t), SW_REASON=t.rng.choice(["LAZY", "MANAGER", "OTHER"]))


@defect("sw_unended_not_last", "sw_episodes", "SW08STG2", first_year="2023-24")
def _sw_unended(t: Target) -> bool:
    rows = sorted(t.rows("sw_episodes"), key=lambda r: parse_date(r.get("SW_DECOM")) or date.max)
    if len(rows) < 2:
        return False
    return _set(t.rng.choice(rows[:-1]), SW_DEC=None)


@defect("sw_ends_before_start", "sw_episodes", "SW18STG2", first_year="2025-26")
def _sw_order(t: Target) -> bool:
    row = t.pick(t.rows("sw_episodes"), lambda r: parse_date(r.get("SW_DECOM")) is not None)
    return _set(row, SW_DEC=_shift(row["SW_DECOM"], -t.rng.randint(1, 20))) if row else False


@defect("sw_same_start", "sw_episodes", "SW19STG2", first_year="2025-26")
def _sw_same_start(t: Target) -> bool:
    row = _sw(t)
    if row is None:
        return False
    copy = dict(row)
    copy["SW_ID"] = "SW" + "".join(t.rng.choice("0123456789") for _ in range(6))
    t.add_row("sw_episodes", copy)
    return True


# ---------------------------------------------------------------------------------------
# DoLO (from 2026-27)


def _dolo_row(t: Target) -> Row | None:
    """The child's DoLO row, added when the child has none (the defect then brings one)."""
    rows = t.rows("dolo")
    if rows:
        return t.rng.choice(rows)
    head = t.header()
    if head is None:
        return None
    start = year_start(t.year) + timedelta(days=t.rng.randint(10, 200))
    row: Row = {"CHILD": t.child, "DOB": head.get("DOB"), "DOLO_START": fmt(start)}
    row["DOLO_END"] = None
    t.add_row("dolo", row)
    return row


@defect("dolo_start_invalid", "dolo", "700", first_year="2026-27")
def _dolo_start(t: Target) -> bool:
    return _set(_dolo_row(t), DOLO_START=_bad_date(t))


@defect("dolo_end_invalid", "dolo", "701", first_year="2026-27")
def _dolo_end(t: Target) -> bool:
    return _set(_dolo_row(t), DOLO_END=_bad_date(t))


@defect("dolo_ends_before_start", "dolo", "702", first_year="2026-27")
def _dolo_order(t: Target) -> bool:
    row = _dolo_row(t)
    if row is None or parse_date(row.get("DOLO_START")) is None:
        return False
    return _set(row, DOLO_END=_shift(row["DOLO_START"], -t.rng.randint(1, 20)))


@defect("dolo_starts_after_year_end", "dolo", "703", first_year="2026-27")
def _dolo_late(t: Target) -> bool:
    start = fmt(year_end(t.year) + timedelta(days=t.rng.randint(1, 30)))
    return _set(_dolo_row(t), DOLO_START=start, DOLO_END=None)


@defect("dolo_overlap", "dolo", "705", first_year="2026-27")
def _dolo_overlap(t: Target) -> bool:
    row = _dolo_row(t)
    if row is None or parse_date(row.get("DOLO_START")) is None:
        return False
    row["DOLO_END"] = None
    second = dict(row)
    second["DOLO_START"] = _shift(row["DOLO_START"], t.rng.randint(1, 20))
    t.add_row("dolo", second)
    return True


@defect("dolo_before_birth", "dolo", "708", first_year="2026-27")
def _dolo_dob(t: Target) -> bool:
    row = _dolo_row(t)
    if row is None or parse_date(row.get("DOB")) is None:
        return False
    return _set(row, DOLO_START=_shift(row["DOB"], -t.rng.randint(1, 100)), DOLO_END=None)


# ---------------------------------------------------------------------------------------
# Year on year: the later year disagrees with the earlier one


def _both_headers(t: Target) -> tuple[Row, Row] | None:
    head, last = t.header(), t.last_header()
    return (head, last) if head is not None and last is not None else None


@defect("yoy_sex_changed", "header", "202", cross_year=True)
def _yoy_sex(t: Target) -> bool:
    pair = _both_headers(t)
    if pair is None:
        return False
    male, female = male_code(t.year), female_code(t.year)
    return _set(pair[0], SEX=female if pair[0].get("SEX") == male else male)


@defect("yoy_dob_changed", "header", "203", cross_year=True)
def _yoy_dob(t: Target) -> bool:
    pair = _both_headers(t)
    born = t.dob()
    if pair is None or born is None:
        return False
    new = fmt(born + timedelta(days=t.rng.choice([-31, -2, 1, 3, 28])))
    for rows in t.tables.values():
        for row in rows:
            if row.get("CHILD") == t.child and "DOB" in row:
                row["DOB"] = new
    return True


@defect("yoy_ethnic_changed", "header", "204", cross_year=True)
def _yoy_ethnic(t: Target) -> bool:
    pair = _both_headers(t)
    if pair is None:
        return False
    choices = [c for c in ETHNIC_CODES if c != pair[1].get("ETHNIC")]
    return _set(pair[0], ETHNIC=t.rng.choice(choices))


@defect("yoy_upn_changed", "header", "208", cross_year=True)
def _yoy_upn(t: Target) -> bool:
    pair = _both_headers(t)
    if pair is None:
        return False
    last = pair[1].get("UPN")
    if not last or last.startswith("UN"):
        return False
    letter = t.rng.choice("ABCDEFGHJKLMNPQRTUVWXYZ")
    new = letter + "".join(t.rng.choice("0123456789") for _ in range(12))
    return _set(pair[0], UPN=new)


@defect("yoy_child_dob_changed", "header", "624", cross_year=True)
def _yoy_mc_dob(t: Target) -> bool:
    pair = _both_headers(t)
    if pair is None or parse_date(pair[1].get("MC_DOB")) is None:
        return False
    return _set(pair[0], MOTHER="1", MC_DOB=_shift(pair[1]["MC_DOB"], t.rng.randint(1, 40)))


@defect("yoy_mother_withdrawn", "header", "207", cross_year=True)
def _yoy_mother(t: Target) -> bool:
    pair = _both_headers(t)
    if pair is None or pair[1].get("MOTHER") != "1" or not t.rows("episodes"):
        return False
    return _set(pair[0], MOTHER="0", MC_DOB=None)


def _open_last_and_first(t: Target) -> tuple[Row, Row] | None:
    """Last year's final episode when still open, and this year's first episode."""
    last, this = t.last_episodes(), t.episodes()
    if not last or not this or _ended(last[-1]):
        return None
    return last[-1], this[0]


@defect("yoy_first_episode_start_differs", "episodes", "502", cross_year=True)
def _yoy_decom(t: Target) -> bool:
    pair = _open_last_and_first(t)
    if pair is None or parse_date(pair[1].get("DECOM")) is None:
        return False
    return _set(pair[1], DECOM=_shift(pair[1]["DECOM"], t.rng.randint(1, 5)))


def _yoy_field(t: Target, column: str, choices: list[str]) -> bool:
    pair = _open_last_and_first(t)
    if pair is None:
        return False
    options = [c for c in choices if c not in (pair[0].get(column), pair[1].get(column))]
    return _set(pair[1], **{column: t.rng.choice(options)}) if options else False


@defect("yoy_first_episode_rne_differs", "episodes", "503A", cross_year=True)
def _yoy_rne(t: Target) -> bool:
    return _yoy_field(t, "RNE", ["L", "P", "T", "U", "B"])


@defect("yoy_first_episode_ls_differs", "episodes", "503B", cross_year=True)
def _yoy_ls(t: Target) -> bool:
    return _yoy_field(t, "LS", ["C1", "C2", "V2", "E1"])


@defect("yoy_first_episode_need_differs", "episodes", "503C", cross_year=True)
def _yoy_cin(t: Target) -> bool:
    return _yoy_field(t, "CIN", ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"])


@defect("yoy_first_episode_place_differs", "episodes", "503D", cross_year=True)
def _yoy_place(t: Target) -> bool:
    return _yoy_field(t, "PLACE", ["U1", "U3", "U4", "U6", "K2", "R3"])


@defect("yoy_first_episode_provider_differs", "episodes", "503E", cross_year=True)
def _yoy_provider(t: Target) -> bool:
    return _yoy_field(t, "PLACE_PROVIDER", ["PR1", "PR2", "PR4", "PR5"])


@defect("yoy_open_missing_not_continued", "missing", "576", cross_year=True)
def _yoy_missing(t: Target) -> bool:
    open_last = [r for r in t.last_rows("missing") if r.get("MIS_END") is None]
    this = sorted(t.rows("missing"), key=lambda r: parse_date(r.get("MIS_START")) or date.max)
    if not open_last or not this or parse_date(this[0].get("MIS_START")) is None:
        return False
    return _set(this[0], MIS_START=_shift(this[0]["MIS_START"], t.rng.randint(1, 3)))


@defect("yoy_adoption_decision_date_differs", "placed_adoption", "560", cross_year=True)
def _yoy_placed(t: Target) -> bool:
    last = [
        r
        for r in t.last_rows("placed_adoption")
        if r.get("DATE_PLACED") and r.get("DATE_PLACED_CEASED") is None
    ]
    this = t.rows("placed_adoption")
    if not last or not this or parse_date(this[0].get("DATE_PLACED")) is None:
        return False
    return _set(this[0], DATE_PLACED=_shift(this[0]["DATE_PLACED"], -t.rng.randint(1, 30)))


# ---------------------------------------------------------------------------------------
# selection


def stable_rng(*parts: object) -> random.Random:
    """A random.Random seeded from the parts through SHA-256 (stable across runs, unlike hash)."""
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def kinds_for(year: str, has_previous: bool) -> list[DefectKind]:
    """Defect kinds that can apply in a collection year."""
    return [
        k for k in CATALOGUE.values() if k.in_force(year) and (has_previous or not k.cross_year)
    ]


def reachable_codes(years: list[str]) -> set[str]:
    """Every DfE rule code some defect kind can trigger in the given years."""
    return {c for y in years for k in kinds_for(y, True) for c in k.rule_codes}


def _children(tables: Tables) -> list[str]:
    ids = {str(r["CHILD"]) for r in tables.get("header", []) if r.get("CHILD")}
    return sorted(ids)


def _choose_kind(
    target: Target, kinds: list[DefectKind], used: Counter[str]
) -> Iterator[DefectKind]:
    """Kinds in the order to try them: the least used first, ties in random order."""
    order = sorted(kinds, key=lambda k: (used[k.name], target.rng.random()))
    yield from order


def inject(returns: Returns, rate: float, seed: int, years: list[str]) -> list[dict[str, object]]:
    """Damage `rate` of the children of every LA-year in `years`; return the manifest.

    Each damaged child gets exactly one defect; no child (per LA) is damaged twice, even in
    different years. Mutates `returns` in place.
    """
    if not 0.0 <= rate <= 1.0:
        raise ValueError(f"rate {rate} is not between 0 and 1")
    manifest: list[dict[str, object]] = []
    damaged: set[tuple[str, str]] = set()
    used: Counter[str] = Counter()
    wanted = set(years)
    for la, year in sorted(returns):
        if year not in wanted:
            continue
        tables = returns[(la, year)]
        previous = returns.get((la, previous_year(year)))
        kinds = kinds_for(year, previous is not None)
        rng = stable_rng(seed, la, year)
        children = [c for c in _children(tables) if (la, c) not in damaged]
        count = min(len(children), round(rate * len(_children(tables))))
        protected: set[str] = set()
        done = 0
        for child in rng.sample(children, len(children)):
            if done >= count:
                break
            if child in protected:
                continue
            target = Target(
                la, year, child, tables, previous, stable_rng(seed, la, year, child), protected
            )
            for kind in _choose_kind(target, kinds, used):
                if kind.apply(target):
                    used[kind.name] += 1
                    done += 1
                    damaged.add((la, child))
                    manifest.append(
                        {
                            "la_code": la,
                            "year": year,
                            "table": kind.table,
                            "child": child,
                            "defect": kind.name,
                            "rule_codes": list(kind.rule_codes),
                        }
                    )
                    break
    return manifest
