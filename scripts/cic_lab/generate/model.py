"""One model of each child's life course, simulated event by event from 2001 to March 2027.

Every collection year is a window onto the same simulated lives, so continuing children, open
episodes, reviews, missing incidents and history agree across years by construction.
All dates are ordinals (see calendar.py); nothing here knows about file formats.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from cic_lab.generate.calendar import add_years, age, fmt, ordinal
from cic_lab.generate.geography import Place
from cic_lab.generate.placements import TEMPORARY, Placement, Placer, pick

SIM_START = ordinal(2001, 4, 1)
HORIZON = ordinal(2027, 3, 31)  # end of the last supported collection year (2026-27)
FIRST_YEAR_START = ordinal(2023, 4, 1)  # first supported collection year (2023-24)
K3_FROM = ordinal(2024, 4, 1)  # supported accommodation is K3 from 2024-25, H5 before
DOLO_FROM = ordinal(2025, 1, 1)  # DoL orders are simulated from here (reported from 2026-27)
SHORT_STAYS = frozenset({"K1", "R1", "R2", "R5", "P3"})  # move rates not scaled by propensity


@dataclass(frozen=True)
class Episode:
    decom: int
    dec: int | None  # None: still open at the model horizon
    rne: str
    ls: str
    place: Placement
    rec: str | None
    reason_change: str | None  # on the episode that ends with a placement change


@dataclass
class Period:
    """A period of care: episodes chained by X1, ending with a REC other than X1."""

    start: int
    end: int | None
    cin: str
    episodes: list[Episode]
    reviews: list[tuple[int, str]] = field(default_factory=list)  # date, code if aged 4+
    decisions: list[tuple[int, int | None, str | None]] = field(default_factory=list)
    adoption: tuple[int, int, str, str, str, str] | None = None  # AD1 items
    prev_perm: tuple[str, str | None, str | None] = ("Z1", None, None)  # DATE_PERM as text
    short_break: bool = False


@dataclass
class Child:
    child_id: str
    male: bool
    dob: int
    ethnic: str
    uasc: bool
    upn: str
    home: Place | None
    mother_date: int | None = None
    periods: list[Period] = field(default_factory=list)
    missing: list[tuple[str, int, int]] = field(default_factory=list)
    sw: list[tuple[str, int, int | None, str]] = field(default_factory=list)
    dolo: list[tuple[int, int | None]] = field(default_factory=list)


ETHNIC = (
    ("WBRI", 66),
    ("WIRI", 0.5),
    ("WOTH", 3.5),
    ("WIRT", 0.4),
    ("WROM", 0.6),
    ("MWBC", 3.6),
    ("MWBA", 1.3),
    ("MWAS", 1.6),
    ("MOTH", 4),
    ("AIND", 0.6),
    ("APKN", 1.6),
    ("ABAN", 0.8),
    ("AOTH", 1.0),
    ("BCRB", 1.5),
    ("BAFR", 3.2),
    ("BOTH", 1.6),
    ("CHNE", 0.1),
    ("OOTH", 2.8),
    ("REFU", 0.2),
    ("NOBT", 0.6),
)
ETHNIC_UASC = (("AOTH", 30), ("BAFR", 30), ("OOTH", 25), ("WOTH", 8), ("BOTH", 5), ("NOBT", 2))
CIN = (("N1", 62), ("N2", 2), ("N3", 3), ("N4", 9), ("N5", 11), ("N6", 3), ("N7", 0.2), ("N8", 8))
MOVE_REASONS = (
    ("CARPL", 40),
    ("CREQB", 9),
    ("CREQO", 8),
    ("CHILD", 4),
    ("ALLEG", 2),
    ("STAND", 2),
    ("CLOSE", 1.5),
    ("APPRR", 1),
    ("LAREQ", 3),
    ("OTHER", 28),
)
PARTICIPATION = (
    ("PN1", 58),
    ("PN2", 8),
    ("PN3", 6),
    ("PN4", 4),
    ("PN5", 10),
    ("PN6", 7),
    ("PN7", 7),
)
SW_REASONS = (
    ("MANAGE", 20),
    ("LEFTRL", 35),
    ("ORGRST", 8),
    ("TSPROC", 20),
    ("ABSENC", 5),
    ("CHCHAN", 2),
    ("PCCHAN", 2),
    ("OTHERS", 8),
)
# Route of a period of care by age band at entry (non-UASC): how it is planned to end.
ROUTES: dict[int, tuple[tuple[str, float], ...]] = {
    0: (("adopt", 54), ("sgo", 28), ("home", 16), ("rco", 4), ("long", 6), ("other", 2)),
    1: (
        ("adopt", 31),
        ("sgo", 32),
        ("home", 27),
        ("rco", 5),
        ("long", 6),
        ("parents", 6),
        ("other", 3),
    ),
    5: (
        ("adopt", 2),
        ("sgo", 24),
        ("home", 36),
        ("rco", 5),
        ("long", 20),
        ("parents", 14),
        ("other", 6),
    ),
    10: (
        ("sgo", 6),
        ("home", 36),
        ("rco", 2),
        ("long", 34),
        ("parents", 10),
        ("other", 8),
        ("transfer", 3),
        ("custody", 1),
        ("abroad", 0.5),
        ("adult", 0.5),
        ("died", 0.2),
    ),
    16: (
        ("home", 12),
        ("long", 72),
        ("other", 8),
        ("transfer", 4),
        ("custody", 1.5),
        ("abroad", 1),
        ("died", 0.3),
    ),
}
UASC_ROUTES = (("long", 58), ("transfer", 31), ("age_assessed", 6), ("other", 4), ("abroad", 1))


def _band(years: int) -> int:
    return 0 if years < 1 else 1 if years < 5 else 5 if years < 10 else 10 if years < 16 else 16


class ChildSimulator:
    """Simulates the children of one LA. One random stream per LA keeps output deterministic."""

    def __init__(
        self, rng: random.Random, la_code: str, placer: Placer, home_pool: tuple[Place, ...]
    ) -> None:
        self.rng = rng
        self.la = la_code
        self.placer = placer
        self.home_pool = home_pool
        self.workers = [f"SW{la_code}{i:04d}" for i in range(1, 400)]

    # ---------------------------------------------------------------- children and periods
    def child(self, number: int, entry: int, uasc: bool, short_breaks: bool) -> Child | None:
        """A child whose first period of care starts at `entry`; None if too old to matter."""
        rng = self.rng
        if uasc:
            years = pick(rng, (("14", 10), ("15", 25), ("16", 40), ("17", 25)))
            male = rng.random() < 0.92
        elif short_breaks:
            years = str(rng.randint(5, 14))
            male = rng.random() < 0.65
        else:
            years = pick(
                rng,
                (("0", 18), ("1-4", 13), ("5-9", 19), ("10-15", 36), ("16", 12)),
            )
            male = rng.random() < 0.53
        low, high = {"1-4": (1, 4), "5-9": (5, 9), "10-15": (10, 15)}.get(years, (0, 0))
        whole = rng.randint(low, high) if high else int(years)
        dob = entry - whole * 365 - rng.randint(0, 364)
        if years == "0":
            dob = entry - rng.choice((0, 0, 1, 3, 10, 30, 90, 200, 300))
        if add_years(dob, 22) < FIRST_YEAR_START:
            return None
        ethnic = pick(rng, ETHNIC_UASC if uasc else ETHNIC)
        upn = (
            "UN2"
            if uasc
            else "ABCDEFGHJKLMNPQRTUVWXYZ"[rng.randrange(23)]
            + str(rng.randrange(10**11, 10**12)).zfill(12)
        )
        child = Child(
            child_id=f"C{self.la}{number:06d}",
            male=male,
            dob=dob,
            ethnic=ethnic,
            uasc=uasc,
            upn=upn,
            home=None if uasc else rng.choice(self.home_pool),
        )
        if short_breaks:
            self._short_breaks(child, entry)
            return child
        start: int | None = entry
        while start is not None and start <= HORIZON:
            start = self._period(child, start)
        if not child.male and rng.random() < 0.05:
            at = add_years(dob, 15) + rng.randint(0, 900)
            if any(p.start <= at and (p.end is None or at < p.end) for p in child.periods):
                child.mother_date = at
        self._social_workers(child)
        return child

    def _period(self, child: Child, start: int) -> int | None:
        """Simulate one period of care; return the start of a later one, if the child returns."""
        rng = self.rng
        years = age(child.dob, start)
        eighteen = add_years(child.dob, 18)
        route = pick(rng, UASC_ROUTES if child.uasc else ROUTES[_band(years)])
        cin = "N8" if child.uasc else pick(rng, CIN)
        end, rec = self._planned_end(route, start, eighteen, years)
        if route == "home" and end is not None and not child.uasc and rng.random() < 0.35:
            route = "proceedings"  # care proceedings, then home to parents under the order
            end = min(end + rng.randint(450, 1100), eighteen - 1)
            end = None if end > HORIZON else end
        ls_changes = self._legal_statuses(child, start, end, route, years)
        period = Period(start, None, cin, [])
        if start >= ordinal(2016, 4, 1):
            first = child.periods[0].start if child.periods else start
            period.prev_perm = self._prev_perm(first, child.dob)
        placed = None
        if route == "adopt":
            end, rec, placed = self._adoption(period, ls_changes, start, end, rec)
        place_changes = self._placements(child, start, end, route, ls_changes, placed)
        if period.adoption is not None:
            with_carer = place_changes[-1][1].code in ("A3", "A5")
            period.adoption = (
                period.adoption[0],
                period.adoption[1],
                "1" if with_carer else "0",
                *period.adoption[3:],
            )
        if end is not None and rec in ("E45", "E46", "E47", "E48"):
            rec = self._sgo_code(place_changes[-1][1])
        if end is not None and rec == "age18":
            rec = self._leaving_code(place_changes[-1][1])
        period.episodes = _episodes(start, end, rec, ls_changes, place_changes)
        period.end = end
        if not period.episodes:
            return None
        self._reviews(period, child)
        self._missing(child, period)
        self._dolo(child, period)
        child.periods.append(period)
        if end is None or rec not in ("E4A", "E4B", "E13", "E8", "E41") or end >= eighteen - 1:
            return None
        if rng.random() < 0.13:
            back = end + rng.randint(30, 900)
            if back < add_years(child.dob, 17):
                return back
        return None

    def _planned_end(
        self, route: str, start: int, eighteen: int, years: int
    ) -> tuple[int | None, str]:
        rng = self.rng
        duration = {
            "home": lambda: 2 + int(rng.expovariate(1 / (300 if years < 10 else 170))),
            "parents": lambda: 500 + int(rng.expovariate(1 / 900)),
            "sgo": lambda: 270 + int(rng.expovariate(1 / 300)),
            "rco": lambda: 200 + int(rng.expovariate(1 / 250)),
            "other": lambda: 7 + int(rng.expovariate(1 / 300)),
            "transfer": lambda: 7 + int(rng.expovariate(1 / 60)),
            "custody": lambda: 20 + int(rng.expovariate(1 / 200)),
            "abroad": lambda: 30 + int(rng.expovariate(1 / 200)),
            "age_assessed": lambda: 7 + int(rng.expovariate(1 / 60)),
            "died": lambda: 30 + int(rng.expovariate(1 / 400)),
            "adopt": lambda: 10**6,
            "long": lambda: 10**6,
            "adult": lambda: 10**6,
        }[route]()
        rec = {
            "home": pick(rng, (("E4A", 66), ("E4B", 13), ("E13", 21))),
            "sgo": "E45",
            "rco": "E41",
            "parents": pick(rng, (("E4A", 70), ("E8", 30))),
            "other": "E8",
            "transfer": "E3",
            "custody": "E9",
            "abroad": "E16",
            "age_assessed": "E15",
            "died": "E2",
        }.get(route, "age18")
        end = start + max(duration, 2)
        if end >= eighteen:
            end, rec = eighteen, "age18"
        if route == "adult":
            rec = "E7"
        return (None if end > HORIZON else end), rec

    def _legal_statuses(
        self, child: Child, start: int, end: int | None, route: str, years: int
    ) -> list[tuple[int, str]]:
        rng = self.rng
        stop = HORIZON if end is None else end
        if child.uasc:
            return [(start, "V2")]
        if route in ("adopt", "sgo", "proceedings", "parents"):
            first = pick(rng, (("C1", 70), ("L1", 12), ("L2", 4), ("V2", 14)))
        elif years >= 10 and route in ("custody", "other") and rng.random() < 0.4:
            # remand (J1), police PACE transfer (J2), YRO with a residence requirement (J3)
            first = pick(rng, (("J1", 80), ("J2", 12), ("J3", 8)))
        else:
            first = pick(rng, (("V2", 62), ("C1", 24), ("L1", 10), ("L2", 1.5), ("C2", 0.5)))
        changes = [(start, first)]
        at, ls = start, first
        if ls in ("L1", "L2"):
            at += rng.randint(1, 2) if ls == "L1" else rng.randint(3, 20)
            ls = "C1" if route in ("adopt", "sgo", "proceedings", "parents") else ls
            ls = "C1" if ls == "C1" or rng.random() < 0.3 else "V2"
            if at < stop:
                changes.append((at, ls))
        force = route == "parents" and ls == "V2"  # a care order before placement at home
        if (
            ls == "V2"
            and route in ("adopt", "sgo", "long", "proceedings", "parents")
            and (force or rng.random() < 0.3)
        ):
            at += rng.randint(30, 240)
            ls = "C1"
            if at < stop:
                changes.append((at, ls))
        if ls == "C1" and route != "adopt":
            at += rng.randint(120, 330)
            if at < stop:
                changes.append((at, "C2"))
        if ls == "J2":
            at += rng.randint(1, 2)
            ls = "J1" if rng.random() < 0.5 else "V2"
            if at < stop:
                changes.append((at, ls))
        if ls in ("J1", "J3"):
            at += rng.randint(10, 90) if ls == "J1" else rng.randint(90, 300)
            if at < stop:
                changes.append((at, "V2"))
        return [c for c in changes if c[0] < stop or c[0] == start]

    def _adoption(
        self,
        period: Period,
        ls_changes: list[tuple[int, str]],
        start: int,
        end: int | None,
        rec: str,
    ) -> tuple[int | None, str, int | None]:
        """Decision, placement order, match, placement and order; some plans are reversed."""
        rng = self.rng
        decision = start + rng.randint(120, 330)
        order = decision + rng.randint(20, 120)
        match = decision + rng.randint(90, 420)
        placed = max(match, order) + rng.randint(7, 60)
        adopted = placed + rng.randint(90, 340)
        cap = HORIZON if end is None else end
        if decision >= cap:
            return end, rec, None
        ls_changes[:] = [c for c in ls_changes if c[0] < order]
        consent = rng.random() < 0.08  # placed with parental consent (A3/A4): no placement order
        if order < cap and not consent:
            ls_changes.append((order, "E1"))
        elif order < cap and ls_changes[-1][1] == "C1":
            ls_changes.append((order, "C2"))  # care order made; parents consent to adoption
        if rng.random() < 0.1:
            reversed_on = order + rng.randint(60, 300)
            if reversed_on < cap:
                reason = pick(rng, (("RD1", 30), ("RD2", 10), ("RD3", 35), ("RD4", 25)))
                period.decisions.append((decision, reversed_on, reason))
                ls_changes[:] = [c for c in ls_changes if c[0] < reversed_on]
                if ls_changes[-1][1] == "E1":
                    ls_changes.append((reversed_on, "C2"))
                return end, rec, None
        period.decisions.append((decision, None, None))
        if placed >= cap:
            return end, rec, None
        period.adoption = (decision, match, *self._adopters())
        final = pick(rng, (("E11", 75), ("E12", 25)))
        return (adopted if adopted <= HORIZON else None), final, placed

    def _adopters(self) -> tuple[str, str, str, str]:
        rng = self.rng
        kind = pick(rng, (("MF", 75), ("F1", 11), ("M1", 1), ("MM", 7), ("FF", 6)))
        if kind in ("F1", "M1"):
            return "0", "1", kind, "L0"
        status = {
            "MF": (("L11", 80), ("L3", 20)),
            "MM": (("L12", 50), ("L2", 25), ("L4", 25)),
            "FF": (("L12", 50), ("L2", 25), ("L4", 25)),
        }[kind]
        return "0", "2", kind, pick(rng, status)

    def _placements(
        self,
        child: Child,
        start: int,
        end: int | None,
        route: str,
        ls_changes: list[tuple[int, str]],
        placed: int | None,
    ) -> list[tuple[int, Placement, bool, str | None]]:
        """Placement changes: (date, placement, same carer as before, reason the previous ended)."""
        rng = self.rng
        placer = self.placer
        stop = HORIZON if end is None else end
        if placed is not None:
            stop = min(stop, placed)
        current = placer.initial(rng, child, start, route)
        if ls_changes[0][1] == "J1" and rng.random() < 0.4:
            current = placer.custody(rng)  # remanded to youth detention accommodation
        changes: list[tuple[int, Placement, bool, str | None]] = [(start, current, False, None)]
        # Moves are concentrated in a minority: a propensity for this period of care multiplies
        # every placement's move rate, and a share of children leave their first (often
        # emergency) placement within weeks. A long-term match is confirmed within months.
        entry_age = age(child.dob, start)
        propensity = placer.instability(rng, entry_age)
        early = placer.early_move(rng, entry_age, route)
        match = placer.match_after(rng, current, route, start)
        at = start
        while True:
            previous = at
            if early is not None:
                at, early, settling = start + early, None, True
            else:
                rate = placer.move_rate(current, age(child.dob, at))
                if current.code not in SHORT_STAYS:  # secure, custody, health: fixed stays
                    rate *= propensity
                at, settling = at + 3 + int(rng.expovariate(rate / 365)), False
            if match is not None and match < at:  # the carer is confirmed as long-term first
                at, match = max(match, previous + 1), None
                converted = placer.convert(current, age(child.dob, at))
                if converted is not None and at < stop:
                    current = converted
                    changes.append((at, current, True, "PLACE"))
                continue
            if at >= stop:
                break
            years = age(child.dob, at)
            interlude = placer.temporary(rng, current, years, at)
            if interlude is not None:
                temporary, length, reason = interlude
                if at + length + 2 < stop and not any(  # no legal change while away (383)
                    at <= day <= at + length for day, _ in ls_changes
                ):  # a temporary move, then back to the same carer
                    changes.append((at, temporary, False, reason))
                    changes.append((at + length, current, False, reason))
                    at += length
                continue
            if settling:  # from the emergency placement to one of the same kind
                current = placer.settle(rng, current, years, at, child.uasc)
            else:
                current = placer.move(rng, years, at, child.uasc)
            if current.code in ("H5", "K3") and years < 16:
                current = placer.by_age(rng, 15, at)
            match = placer.match_after(rng, current, route, at)
            changes.append((at, current, False, pick(rng, MOVE_REASONS)))
        if placed is not None and placed > changes[-1][0] + 1:
            last = changes[-1][1]
            with_carer = last.code.startswith("U") and rng.random() < (
                0.9 if last.code == "U5" else 0.25
            )
            consent = all(ls != "E1" for _, ls in ls_changes)
            adoptive = placer.adoptive(rng, last, with_carer, consent)
            changes.append((placed, adoptive, with_carer, "CARPL"))
        changes = placer.recode_supported(rng, changes, HORIZON if end is None else end)
        c2 = next((day for day, ls in ls_changes if ls == "C2"), None)
        if route == "parents" and c2 is not None and child.home is not None:
            at = max(c2, changes[0][0]) + rng.randint(30, 300)
            if at < stop - 30 and rng.random() < 0.9:  # home under the care order (P1)
                changes = [c for c in changes if c[0] < at - 1]
                while len(changes) > 1 and changes[-1][1].code in TEMPORARY:
                    changes.pop()  # no reason for change is recorded on a temporary move (226)
                changes.append((at, placer.parents(child), False, "CARPL"))
        if route == "proceedings" and end is not None and c2 is not None and child.home is not None:
            at = end - rng.randint(90, 700)
            if at > max(c2, changes[-1][0]) + 1 and rng.random() < 0.9:
                changes.append((at, placer.parents(child), False, "CARPL"))
        return changes

    def _sgo_code(self, place: Placement) -> str:
        if place.code in ("U1", "U2", "U3"):
            return "E45"
        if place.code in ("U4", "U5", "U6"):
            return "E46" if self.rng.random() < 0.7 else "E48"
        return pick(self.rng, (("E47", 70), ("E48", 30)))

    def _leaving_code(self, place: Placement) -> str:
        rng = self.rng
        if place.code.startswith("U"):
            return pick(rng, (("E17", 58), ("E5", 28), ("E6", 7), ("E8", 5), ("E13", 2)))
        if place.code in ("K3", "H5"):
            return pick(rng, (("E5", 72), ("E6", 18), ("E8", 10)))
        if place.code == "P1":
            return pick(rng, (("E4A", 60), ("E8", 30), ("E13", 10)))
        return pick(rng, (("E5", 55), ("E6", 14), ("E7", 12), ("E8", 15), ("E13", 4)))

    def _prev_perm(self, first: int, dob: int) -> tuple[str, str | None, str | None]:
        """Previous permanence before the child's first care (rules 630, 632, 635).

        An order needs time after birth and before care (DATE_PERM before the first DECOM, 632);
        every option other than Z1 carries an LA and a date (630): 999 and ZZ for what is unknown.
        """
        rng = self.rng
        code = pick(rng, (("Z1", 88), ("P1", 2), ("P2", 5), ("P3", 3), ("P4", 2)))
        earliest, latest = dob + 180, first - 60
        if code == "Z1" or latest - earliest < 400:
            return "Z1", None, None
        when = date.fromordinal(rng.randint(earliest, latest))
        if code == "P4":  # known to exist, details not: partial date (latest day still < DECOM)
            la = "999" if rng.random() < 0.6 else self.la
            if date.fromordinal(latest).year > when.year:
                return code, la, f"ZZ/ZZ/{when.year}"
            return code, la, f"ZZ/{when.month:02d}/{when.year}"
        la = (
            self.la
            if rng.random() < 0.7
            else rng.choice(("999", "WAL", self.placer.random_la(rng)))
        )
        return code, la, fmt(when.toordinal())

    # ---------------------------------------------------------------- recurring records
    def _reviews(self, period: Period, child: Child) -> None:
        rng = self.rng
        stop = HORIZON if period.end is None else period.end
        at = period.start + 28 - rng.randint(0, 7)
        gap = 91
        while at < stop:
            period.reviews.append((at, pick(rng, PARTICIPATION)))
            at += gap - rng.randint(0, 12)
            gap = 182

    def _missing(self, child: Child, period: Period) -> None:
        rng = self.rng
        stop = HORIZON if period.end is None else period.end
        if age(child.dob, min(stop, HORIZON)) < 11 or rng.random() > 0.26:
            return
        rate = rng.expovariate(1 / 7.5) + 0.5
        for episode in period.episodes:
            hi = HORIZON if episode.dec is None else episode.dec
            boost = 2.0 if episode.place.code in ("K2", "K3", "H5") else 1.0
            at = episode.decom + 1
            while True:
                at += 1 + int(rng.expovariate(rate * boost / 365))
                if at >= hi - 1 or age(child.dob, at) < 10:
                    break
                back = at + int(pick(rng, (("0", 45), ("1", 35), ("2", 12), ("4", 8))))
                if back >= hi:
                    break
                kind = "A" if rng.random() < 0.22 else "M"
                child.missing.append((kind, at, back))
                at = back

    def _dolo(self, child: Child, period: Period) -> None:
        rng = self.rng
        for episode in period.episodes:
            hi = HORIZON if episode.dec is None else episode.dec
            # Only where DfE expects a child under a DoLO to be placed (rule 709): a children's
            # home (K2) or the other arrangements Z12 and Z13. About one child in 150 in 2026-27.
            if (
                hi < DOLO_FROM
                or episode.place.code not in ("K2", "Z12", "Z13")
                or not 12 <= age(child.dob, max(episode.decom, DOLO_FROM)) < 18
                or rng.random() > 0.15
            ):
                continue
            # From the day after the placement began at the earliest: on its first day the
            # placement before it (which ended that day) would be covered too.
            begin = max(episode.decom, DOLO_FROM) + rng.randint(1, 60)
            if begin >= hi - 1:
                continue
            finish = begin + rng.randint(60, 400)
            until: int | None = finish
            if finish >= hi - 1:
                # Still in force at the horizon in an open placement; else it ends the day
                # before the placement does (DoLO and episode dates are inclusive: an order
                # ending the day the next placement starts would cover that one too).
                until = None if episode.dec is None else hi - 1
            child.dolo.append((begin, until))
            return

    def _social_workers(self, child: Child) -> None:
        rng = self.rng
        at = child.periods[0].start - rng.randint(1, 90) if child.periods else None
        reason = "FCONTA"
        while at is not None and at <= HORIZON:
            length = 30 + int(rng.expovariate(1 / 260))
            end = at + length
            worker = rng.choice(self.workers)
            child.sw.append((worker, at, end if end <= HORIZON else None, reason))
            at, reason = (end, pick(rng, SW_REASONS)) if end <= HORIZON else (None, reason)

    def _short_breaks(self, child: Child, entry: int) -> None:
        rng = self.rng
        place = self.placer.short_break_home(rng)
        at = entry
        stop = min(HORIZON, add_years(child.dob, 18) - 1, entry + rng.randint(700, 1800))
        if rng.random() < 0.2:  # V4: the agreement is recorded, not each break
            while at < stop - 30:
                until = min(at + rng.randint(150, 365), stop)
                episode = Episode(at, until, "S", "V4", place, "E4A", None)
                child.periods.append(Period(at, until, "N2", [episode], short_break=True))
                at = until + rng.randint(1, 30)
            return
        while at < stop - 5:
            length = rng.randint(2, 4)
            episode = Episode(at, at + length, "S", "V3", place, "E4A", None)
            child.periods.append(Period(at, at + length, "N2", [episode], short_break=True))
            at += rng.randint(45, 80)


def _episodes(
    start: int,
    end: int | None,
    rec: str,
    ls_changes: list[tuple[int, str]],
    place_changes: list[tuple[int, Placement, bool, str | None]],
) -> list[Episode]:
    """Merge legal-status and placement changes into DfE episodes with RNE, REC and reasons."""
    events: dict[int, list[object]] = {}
    for day, ls in ls_changes:
        events.setdefault(day, [None, None])[0] = ls
    for day, placement, same, reason in place_changes:
        events.setdefault(day, [None, None])[1] = (placement, same, reason)
    episodes: list[Episode] = []
    ls = ""
    place: Placement | None = None
    for day in sorted(events):
        new_ls, new_place = events[day]
        ls_changed = new_ls is not None and new_ls != ls
        place_changed = new_place is not None and new_place[0] != place  # type: ignore[index]
        if not episodes:
            rne = "S"
        elif ls_changed and place_changed:
            rne = "U" if new_place[1] else "B"  # type: ignore[index]
        elif ls_changed:
            rne = "L"
        elif place_changed:
            rne = "T" if new_place[1] else "P"  # type: ignore[index]
        else:
            continue
        if episodes:
            last = episodes[-1]
            reason = new_place[2] if place_changed else None  # type: ignore[index]
            episodes[-1] = Episode(last.decom, day, last.rne, last.ls, last.place, "X1", reason)
        if ls_changed:
            ls = new_ls  # type: ignore[assignment]
        if place_changed:
            place = new_place[0]  # type: ignore[index]
        assert place is not None
        episodes.append(Episode(day, None, rne, ls, place, None, None))
    if episodes and end is not None:
        last = episodes[-1]
        episodes[-1] = Episode(last.decom, end, last.rne, last.ls, last.place, rec, None)
    return [e for e in episodes if e.dec is None or e.dec > e.decom]
