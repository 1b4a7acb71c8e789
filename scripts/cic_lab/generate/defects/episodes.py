"""Episodes defects: codes, providers, URNs, dates and the order of episodes, and the
year-on-year kinds that make this year's first episode disagree with last year's open one."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from cic_lab.generate.defects.kind import Kinds, Target, bad_date, change, days_after, one_of, shift
from cic_lab.generate.defects.values import Row, fmt, invalid_place, parse_date, temporary_places

kinds = Kinds("episodes")


def _ended(row: Row) -> bool:
    return row.get("DEC") is not None


@kinds.defect("episode_decom_invalid", "141")
def _decom_invalid(t: Target) -> bool:
    # Only for children with another dated episode: the oracle's first-episode rules (302,
    # 502, 503A-J and others) crash for the whole file when a child has no parseable DECOM.
    dated = [r for r in t.rows("episodes") if parse_date(r.get("DECOM"))]
    if len(dated) < 2:
        return False
    return change(t.rng.choice(dated), DECOM=bad_date(t))


kinds.sets("episode_rne_invalid", "143", RNE=one_of("X", "R", "C"))
kinds.sets("episode_ls_invalid", "144", LS=one_of("C3", "V1", "E2", "J4"))
kinds.sets("episode_cin_invalid", "145", CIN=one_of("N0", "N9", "M1"))
kinds.sets("episode_place_invalid", "146", PLACE=lambda t: invalid_place(t.year))


@kinds.defect("episode_provider_invalid", "178")
def _provider_invalid(t: Target) -> bool:
    row = kinds.pick(t, lambda r: r.get("PLACE") not in temporary_places(t.year))
    return change(row, PLACE_PROVIDER=t.rng.choice(["PR6", "PR", "P4"]))


@kinds.defect("episode_provider_pr0_not_p1", "550")
def _provider_pr0(t: Target) -> bool:
    row = t.pick(
        t.rows("episodes"),
        lambda r: r.get("PLACE") not in ("P1", *temporary_places(t.year)),
    )
    return change(row, PLACE_PROVIDER="PR0")


@kinds.defect("episode_provider_missing", "526")
def _provider_missing(t: Target) -> bool:
    row = kinds.pick(t, lambda r: r.get("PLACE") not in temporary_places(t.year))
    return change(row, PLACE_PROVIDER=None)


@kinds.defect("episode_provider_for_temporary", "213")
def _provider_temporary(t: Target) -> bool:
    row = kinds.pick(t, lambda r: r.get("PLACE_PROVIDER") is not None)
    return change(row, PLACE=t.rng.choice(["T0", "T1", "T2", "T4"]))


@kinds.edits("episode_urn_not_allowed", "222")
def _urn_not_allowed(t: Target, row: Row) -> bool:
    urn = "".join(t.rng.choice("0123456789") for _ in range(7))
    place = row.get("PLACE")
    if place not in ("P1", "P3", "R1", "R2", "R5", *temporary_places(t.year)):
        place = "R1"
    return change(row, PLACE=place, URN=urn)


kinds.sets("episode_place_change_reason_invalid", "1009", where=_ended, REASON_PLACE_CHANGE="MOVED")
# E43/E44 are retired special-guardianship codes.
kinds.sets("episode_rec_invalid", "149", where=_ended, REC=one_of("E43", "E44", "E99"))
kinds.sets("episode_dec_invalid", "147", where=_ended, DEC=bad_date)
kinds.sets("episode_dec_without_rec", "148", where=_ended, REC=None)


@kinds.defect("episode_rec_without_dec", "148")
def _rec_without_dec(t: Target) -> bool:
    last = t.open_last_episode()
    return change(last, REC=one_of("E8", "E4A", "E13")(t)) if last else False


@kinds.defect("episode_unended_not_last", "142")
def _unended(t: Target) -> bool:
    episodes = t.episodes()
    if len(episodes) < 2:
        return False
    return change(t.rng.choice(episodes[:-1]), DEC=None, REC=None)


@kinds.defect("episode_overlap", "501")
def _overlap(t: Target) -> bool:
    episodes = t.episodes()
    end = t.end()
    for before, after in itertools.pairwise(episodes):
        nxt = parse_date(after.get("DECOM"))
        if _ended(before) and nxt and nxt + timedelta(days=3) <= end:
            return change(before, DEC=fmt(nxt + timedelta(days=3)))
    return False


@kinds.edits(
    "episode_ends_before_start",
    "356",
    where=lambda r: _ended(r) and parse_date(r["DECOM"]) is not None,
)
def _dec_before_decom(t: Target, row: Row) -> bool:
    return change(row, DEC=shift(row["DECOM"], -t.rng.randint(2, 30)))


@kinds.defect("episode_ends_after_year_end", "385")
def _dec_after_end(t: Target) -> bool:
    after = fmt(t.end() + timedelta(days=t.rng.randint(1, 30)))
    return change(kinds.pick(t, _ended), DEC=after)


@kinds.defect("episode_starts_after_year_end", "354")
def _decom_after_end(t: Target) -> bool:
    last = t.open_last_episode()
    return change(last, DECOM=days_after(Target.end, 1, 30)(t)) if last else False


@kinds.defect("episode_starts_before_1991", "353")
def _decom_1991(t: Target) -> bool:
    episodes = t.episodes()
    if not episodes:
        return False
    return change(
        episodes[0], DECOM=fmt(date(1991, 10, 13) - timedelta(days=t.rng.randint(0, 400)))
    )


@kinds.defect("episode_starts_before_birth", "302")
def _decom_before_dob(t: Target) -> bool:
    born = t.dob()
    episodes = t.episodes()
    if born is None or not episodes:
        return False
    return change(episodes[0], DECOM=fmt(born - timedelta(days=t.rng.randint(1, 60))))


@kinds.edits(
    "episode_under_24_hours", "355", where=lambda r: _ended(r) and r.get("DECOM") is not None
)
def _under_24h(t: Target, row: Row) -> bool:
    return change(row, DEC=row["DECOM"])


@kinds.defect("episode_first_not_started", "357")
def _first_not_s(t: Target) -> bool:
    episodes = t.episodes()
    first = parse_date(episodes[0].get("DECOM")) if episodes else None
    if first is None or first < t.start():
        return False
    return change(episodes[0], RNE=t.rng.choice(["P", "L", "T"]))


@kinds.defect("episode_x1_without_next", "388")
def _x1_no_next(t: Target) -> bool:
    episodes = t.episodes()
    if not episodes or not _ended(episodes[-1]) or episodes[-1].get("REC") == "X1":
        return False
    return change(episodes[-1], REC="X1")


@kinds.defect("episode_need_changes_in_period", "504")
def _cin_changes(t: Target) -> bool:
    episodes = t.episodes()
    for before, after in itertools.pairwise(episodes):
        if before.get("REC") == "X1" and before.get("DEC") == after.get("DECOM"):
            other = [f"N{n}" for n in range(1, 9) if f"N{n}" != after.get("CIN")]
            return change(after, CIN=t.rng.choice(other))
    return False


# ---------------------------------------------------------------------------------------
# Year on year: this year disagrees with last year


def _open_last_and_first(t: Target) -> tuple[Row, Row] | None:
    """Last year's final episode when still open, and this year's first episode."""
    last, this = t.last_episodes(), t.episodes()
    if not last or not this or _ended(last[-1]):
        return None
    return last[-1], this[0]


@kinds.defect("yoy_first_episode_start_differs", "502", cross_year=True)
def _yoy_decom(t: Target) -> bool:
    pair = _open_last_and_first(t)
    if pair is None or parse_date(pair[1].get("DECOM")) is None:
        return False
    return change(pair[1], DECOM=shift(pair[1]["DECOM"], t.rng.randint(1, 5)))


def _yoy_field(t: Target, column: str, choices: list[str]) -> bool:
    pair = _open_last_and_first(t)
    if pair is None:
        return False
    options = [c for c in choices if c not in (pair[0].get(column), pair[1].get(column))]
    return change(pair[1], **{column: t.rng.choice(options)}) if options else False


@kinds.defect("yoy_first_episode_rne_differs", "503A", cross_year=True)
def _yoy_rne(t: Target) -> bool:
    return _yoy_field(t, "RNE", ["L", "P", "T", "U", "B"])


@kinds.defect("yoy_first_episode_ls_differs", "503B", cross_year=True)
def _yoy_ls(t: Target) -> bool:
    return _yoy_field(t, "LS", ["C1", "C2", "V2", "E1"])


@kinds.defect("yoy_first_episode_need_differs", "503C", cross_year=True)
def _yoy_cin(t: Target) -> bool:
    return _yoy_field(t, "CIN", ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"])


@kinds.defect("yoy_first_episode_place_differs", "503D", cross_year=True)
def _yoy_place(t: Target) -> bool:
    return _yoy_field(t, "PLACE", ["U1", "U3", "U4", "U6", "K2", "R3"])


@kinds.defect("yoy_first_episode_provider_differs", "503E", cross_year=True)
def _yoy_provider(t: Target) -> bool:
    return _yoy_field(t, "PLACE_PROVIDER", ["PR1", "PR2", "PR4", "PR5"])
