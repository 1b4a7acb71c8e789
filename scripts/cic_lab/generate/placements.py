"""Where children are placed: placement type, provider, Ofsted URN and a real postcode."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cic_lab.generate.calendar import age, ordinal
from cic_lab.generate.geography import Place
from cic_lab.generate.providers import Provider

if TYPE_CHECKING:
    from cic_lab.generate.model import Child

K3_FROM_ORDINAL = ordinal(2024, 4, 1)  # supported accommodation is coded K3 from then, H5 before
Z_SPLIT = ordinal(2025, 4, 1)  # "other" placements: Z1 up to 2024-25, Z11-Z14 from 2025-26
TEMPORARY = frozenset({"T0", "T1", "T2", "T3", "T4"})
# Temporary moves away from the usual carer: code, share, shortest and longest stay in days
# (T1 hospital at most six weeks, rule 375; T3 carer's holiday at most three weeks, 376;
# T4 at most seven days, 379).
TEMPORARY_MOVES = (
    ("T3", 45, 3, 20),
    ("T1", 20, 1, 40),
    ("T4", 20, 1, 7),
    ("T2", 10, 3, 14),
    ("T0", 5, 1, 14),
)


@dataclass(frozen=True)
class Placement:
    code: str
    provider: str | None  # PLACE_PROVIDER
    urn: str | None
    post: Place | None  # PL_POST
    carer: str  # identifies the carer or setting: same carer => RNE T/U


class Placer:
    """Chooses placements for one LA's children: near home mostly, out of area for a share."""

    def __init__(
        self,
        la: str,
        pools: dict[str, tuple[Place, ...]],
        near: dict[str, tuple[str, ...]],
        registry: dict[str, list[Provider]],
    ) -> None:
        self.la = la
        self.pools = pools
        self.near = near[la]
        self.registry = registry
        self.all_las = tuple(sorted(registry))
        self.secure = tuple(p for ps in registry.values() for p in ps if p.kind == "secure")
        self.schools = tuple(p for ps in registry.values() for p in ps if p.kind == "school")

    def _of(self, la: str, *kinds: str) -> list[Provider]:
        return [p for p in self.registry[la] if p.kind in kinds]

    def _area(self, rng: random.Random, own_share: float, far_share: float = 0.0) -> str:
        x = rng.random()
        if x < own_share:
            return self.la
        if x < own_share + far_share:
            return rng.choice(self.all_las)
        return rng.choice(self.near[:4]) if rng.random() < 0.7 else rng.choice(self.near)

    def random_la(self, rng: random.Random) -> str:
        return rng.choice(self.all_las)

    # --------------------------------------------------------------- one placement of a kind
    def foster(self, rng: random.Random, code: str, agency: bool) -> Placement:
        if agency:
            provider = rng.choice(self._of(self._area(rng, 0.45), "ifa", "ifa_vol"))
            home_la = provider.la_code if rng.random() < 0.7 else self._area(rng, 0.5)
        else:
            provider = self._of(self.la, "fostering_la")[0]
            home_la = self._area(rng, 0.8 if code in ("U1", "U2", "U3") else 0.74)
        post = rng.choice(self.pools[home_la])
        return Placement(code, provider.provider_codes[0], provider.urn, post, f"F{post.postcode}")

    def home(self, rng: random.Random) -> Placement:
        area = self._area(rng, 0.36, 0.12)
        provider = rng.choice(self._of(area, "home_la", "home", "home", "home", "home_vol"))
        if provider.kind == "home_la":
            code = "PR1" if area == self.la else "PR2"
        else:
            code = provider.provider_codes[0]
        return Placement("K2", code, provider.urn, provider.place, provider.urn)

    def supported(self, rng: random.Random, at: int) -> Placement:
        provider = rng.choice(self._of(self.la, "supported"))
        if at < K3_FROM_ORDINAL:
            # Supported accommodation in England is Ofsted-registered from 28 October 2023 and
            # needs its URN from then (rule 230); every generated provider is registered.
            return Placement("H5", "PR4", provider.urn, provider.place, provider.urn)
        return Placement("K3", "PR4", provider.urn, provider.place, provider.urn)

    def secure_home(self, rng: random.Random) -> Placement:
        provider = rng.choice(self.secure)
        code = "PR1" if provider.la_code == self.la else "PR2"
        return Placement("K1", code, provider.urn, provider.place, provider.urn)

    def school(self, rng: random.Random) -> Placement:
        provider = rng.choice(self.schools)
        pr = provider.provider_codes[rng.randrange(2)]
        return Placement("S1", pr, provider.urn, provider.place, provider.urn)

    def parents(self, child: Child) -> Placement:
        return Placement("P1", "PR0", None, child.home, "parents")

    def adoptive(
        self, rng: random.Random, current: Placement, with_carer: bool, consent: bool = False
    ) -> Placement:
        """A5/A6 under a placement order; A3/A4 with parental consent (no order)."""
        agency = self._of(self.la, "adoption_la")[0]
        urn = agency.urn if rng.random() < 0.8 else "XXXXXXX"
        if with_carer:
            return Placement("A3" if consent else "A5", "PR1", urn, current.post, current.carer)
        post = rng.choice(self.pools[self._area(rng, 0.5)])
        return Placement("A4" if consent else "A6", "PR1", urn, post, f"A{post.postcode}")

    def custody(self, rng: random.Random) -> Placement:
        """Youth detention accommodation for a remand (R5): public provision, no URN."""
        post = rng.choice(self.pools[self._area(rng, 0.2, 0.5)])
        return Placement("R5", "PR3", None, post, f"R{post.postcode}")

    def unregistered(self, rng: random.Random, code: str) -> Placement:
        """R1 residential care home, R2 NHS/health setting, P3 residential employment: no URN."""
        post = rng.choice(self.pools[self._area(rng, 0.5)])
        provider = "PR3" if code == "R2" else "PR4"
        return Placement(code, provider, None, post, f"{code}{post.postcode}")

    def temporary(
        self, rng: random.Random, current: Placement, years: int, at: int
    ) -> tuple[Placement, int, str | None] | None:
        """Now and then a short move away from the usual carer, who takes the child back.

        T0-T4 carry no provider, URN or reason for change (213, 222, 226); "other" placements
        (Z1, Z11-Z14 from 2025-26) need a reason and may not span 1 April 2025, when Z1 ends.
        """
        if current.code[0] not in "UK" or current.code == "K1" or rng.random() > 0.035:
            return None
        if rng.random() < 0.12:
            length = rng.randint(2, 28)
            if at < Z_SPLIT <= at + length:
                return None
            code = (
                "Z1"
                if at < Z_SPLIT
                else pick(rng, (("Z11", 30), ("Z12", 30), ("Z13", 20), ("Z14", 20)))
            )
            post = rng.choice(self.pools[self._area(rng, 0.6)])
            return Placement(code, None, None, post, f"Z{post.postcode}"), length, "OTHER"
        table = tuple(
            (c, w) for c, w, _, _ in TEMPORARY_MOVES if c != "T3" or current.code[0] == "U"
        )
        code = pick(rng, table)
        low, high = next((lo, hi) for c, _, lo, hi in TEMPORARY_MOVES if c == code)
        post = rng.choice(self.pools[self._area(rng, 0.6)])
        return Placement(code, None, None, post, f"T{post.postcode}"), rng.randint(low, high), None

    def short_break_home(self, rng: random.Random) -> Placement:
        # Rule 214: no placement postcode or URN for short breaks (V3/V4).
        provider = rng.choice(self._of(self.la, "home_la"))
        return Placement("K2", "PR1", None, None, provider.urn)

    # --------------------------------------------------------------- choices by age and route
    def initial(self, rng: random.Random, child: Child, at: int, route: str) -> Placement:
        years = age(child.dob, at)  # completed years (K3 from 16, rule 371)
        if child.uasc:
            if years >= 16 and rng.random() < 0.7:
                return self.supported(rng, at)
            return (
                self.home(rng) if rng.random() < 0.2 else self.foster(rng, "U6", rng.random() < 0.5)
            )
        if route == "adopt":
            return self.foster(rng, "U5" if rng.random() < 0.15 else "U6", rng.random() < 0.15)
        if route == "sgo" and rng.random() < 0.6:
            return self.foster(rng, "U3", False)
        return self.by_age(rng, years, at)

    def by_age(self, rng: random.Random, years: int, at: int) -> Placement:
        if years < 10:
            kind = pick(rng, (("la", 56), ("ifa", 25), ("rel", 16), ("home", 4)))
        elif years < 16:
            kind = pick(
                rng,
                (
                    ("la", 27),
                    ("ifa", 22),
                    ("rel", 9),
                    ("home", 37),
                    ("secure", 1),
                    ("school", 2),
                    ("R1", 0.4),
                    ("R2", 0.6),
                ),
            )
        else:
            kind = pick(
                rng,
                (
                    ("la", 11),
                    ("ifa", 9),
                    ("rel", 4),
                    ("home", 18),
                    ("supported", 56),
                    ("R2", 0.8),
                    ("P3", 0.4),
                ),
            )
        return self._make(rng, kind, at)

    def _make(self, rng: random.Random, kind: str, at: int) -> Placement:
        if kind == "la":
            return self.foster(rng, "U6", False)
        if kind == "ifa":
            return self.foster(rng, "U6", True)
        if kind == "rel":
            return self.foster(rng, "U3", False)
        if kind == "home":
            return self.home(rng)
        if kind == "secure":
            return self.secure_home(rng)
        if kind == "school":
            return self.school(rng)
        if kind in ("R1", "R2", "P3"):
            return self.unregistered(rng, kind)
        return self.supported(rng, at)

    def move_rate(self, current: Placement, years: int) -> float:
        """Placement moves per year from the current placement."""
        return {
            "U1": 0.08,
            "U4": 0.1,
            "U3": 0.25,
            "U5": 0.2,
            "A5": 0.01,
            "A6": 0.01,
            "P1": 0.15,
            "K1": 4.0,
            "K2": 0.6,
            "K3": 0.35,
            "H5": 0.35,
            "S1": 0.4,
            "R1": 1.0,
            "R2": 4.0,
            "R5": 5.0,
            "P3": 1.0,
        }.get(current.code, 0.28 if years < 10 else 0.55)

    def instability(self, rng: random.Random, years: int) -> float:
        """A period of care's propensity to move: it multiplies every placement's move rate.

        Most children move rarely; a minority, more often teenagers, move again and again (DfE:
        most children looked after on 31 March had one placement in the year, 10% had three or
        more), so long-term stability stays with the majority.
        """
        medium, high = (
            (0.14, 0.03)
            if years < 5
            else (0.2, 0.06)
            if years < 10
            else (0.33, 0.16)
            if years < 16
            else (0.33, 0.2)
        )
        x = rng.random()
        return 2.6 if x < high else 2.0 if x < high + medium else 0.6

    def early_move(self, rng: random.Random, years: int, route: str) -> int | None:
        """Days after entry of a move from the first (often emergency) placement, if any: more
        often in short periods of care (back home, transfer, ...) than in planned long stays."""
        share = 0.3 if years < 5 else 0.4 if years < 10 else 0.5
        share *= 0.7 if route in ("long", "adopt", "sgo", "parents") else 1.8
        return rng.randint(3, 90) if rng.random() < share else None

    def settle(
        self, rng: random.Random, current: Placement, years: int, at: int, uasc: bool
    ) -> Placement:
        """The placement after an emergency one: another foster carer of the same kind."""
        if current.code in ("U1", "U2", "U3", "U4", "U5", "U6"):
            return self.foster(rng, current.code, rng.random() < 0.35)
        return self.move(rng, years, at, uasc)

    def match_after(
        self, rng: random.Random, current: Placement, route: str, at: int
    ) -> int | None:
        """When a foster placement on a long-term or SGO plan is confirmed as the long-term
        match (U6 -> U4, U3 -> U1), if it is: within months of the placement."""
        if route not in ("long", "sgo") or current.code not in ("U6", "U3"):
            return None
        return at + rng.randint(45, 270) if rng.random() < 0.6 else None

    def convert(self, current: Placement, years: int) -> Placement | None:
        """A long-term match with the same carer (U6 -> U4, U3 -> U1): RNE T, reason PLACE."""
        target = {"U6": "U4", "U3": "U1"}.get(current.code)
        if target is None or years >= 17:
            return None
        return Placement(target, current.provider, current.urn, current.post, current.carer)

    def move(self, rng: random.Random, years: int, at: int, uasc: bool) -> Placement:
        if uasc and years >= 16:
            return self.supported(rng, at) if rng.random() < 0.7 else self.home(rng)
        return self.by_age(rng, years, at)

    def recode_supported(
        self, rng: random.Random, changes: list[tuple[int, Placement, bool, str | None]], stop: int
    ) -> list[tuple[int, Placement, bool, str | None]]:
        """An H5 placement still open on 1 April 2024 becomes K3 (same provider) during 2024-25."""
        result = []
        for i, change in enumerate(changes):
            result.append(change)
            day, place = change[0], change[1]
            if place.code != "H5":
                continue
            until = changes[i + 1][0] if i + 1 < len(changes) else stop
            switch = max(day + 2, K3_FROM_ORDINAL + rng.randint(0, 300))
            if switch < until and until > K3_FROM_ORDINAL:
                provider = next(
                    p
                    for p in self.registry[self.la]
                    if p.kind == "supported" and p.urn == place.carer
                )
                k3 = Placement("K3", "PR4", provider.urn, place.post, place.carer)
                result.append((switch, k3, True, "PLACE"))
        return result


def pick(rng: random.Random, table: tuple[tuple[str, float], ...]) -> str:
    """A code drawn with the given relative weights."""
    x = rng.random() * sum(w for _, w in table)
    for code, w in table:
        x -= w
        if x <= 0:
            return code
    return table[-1][0]
