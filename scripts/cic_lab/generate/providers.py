"""Fake Ofsted-registered providers at real postcodes, with stable URNs, and their list files."""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path

from cic.reference.providers import LISTS
from cic_lab.generate.geography import Place, stable_int

# Secure children's homes are few: these LAs run one each (an approximation of the real estate).
SECURE_HOSTS = frozenset({"351", "383", "810", "850", "892", "916", "331", "208", "940", "876"})


@dataclass(frozen=True)
class Provider:
    urn: str
    la_code: str  # LA the premises are in
    kind: str  # fostering_la, adoption_la, home_la, home, ifa, supported, secure, school
    place_codes: tuple[str, ...]
    provider_codes: tuple[str, ...]
    place: Place


_KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "fostering_la": (("U1", "U2", "U3", "U4", "U5", "U6"), ("PR1",)),
    "adoption_la": (("A3", "A4", "A5", "A6"), ("PR1",)),
    "home_la": (("K2",), ("PR1", "PR2")),
    "home": (("K2",), ("PR4",)),
    "home_vol": (("K2",), ("PR5",)),
    "ifa": (("U4", "U5", "U6"), ("PR4",)),
    "ifa_vol": (("U4", "U5", "U6"), ("PR5",)),
    "supported": (("K3",), ("PR4",)),
    "secure": (("K1",), ("PR1", "PR2")),
    "school": (("S1",), ("PR4", "PR5")),
}


def build_registry(
    seed: int, pools: dict[str, tuple[Place, ...]], weights: dict[str, float]
) -> dict[str, list[Provider]]:
    """Providers by host LA; counts follow LA size. The same seed always gives the same URNs."""
    registry: dict[str, list[Provider]] = {}
    for la in sorted(pools):
        rng = random.Random(stable_int(seed, "providers", la))
        size = weights.get(la, 0.0) * 153
        counts = {
            "fostering_la": 1,
            "adoption_la": 1,
            "home_la": 1 + int(size * 1.5),
            "home": 2 + int(size * 16),
            "home_vol": int(size * 2),
            "ifa": 1 + int(size * 1.5),
            "ifa_vol": int(size * 0.5),
            "supported": 1 + int(size * 4),
            "secure": 1 if la in SECURE_HOSTS else 0,
            "school": 1 if rng.random() < 0.4 else 0,
        }
        providers: list[Provider] = []
        for kind, count in counts.items():
            places, codes = _KINDS[kind]
            for _ in range(count):
                urn = f"SC{la}{len(providers) + 1:03d}"
                place = rng.choice(pools[la])
                providers.append(Provider(urn, la, kind, places, codes, place))
        registry[la] = providers
    return registry


def write_provider_lists(
    folder: Path, registry: dict[str, list[Provider]], names: dict[str, str]
) -> list[Path]:
    """The two Ofsted lists as CSV, one file per sheet the reference validator reads.

    children's homes: sheet "Provider information" (K1, K2); social care providers: first sheet
    current providers, second sheet closed providers (none: every fake provider stays open).
    """
    folder.mkdir(parents=True, exist_ok=True)
    homes = folder / "childrens_homes__provider_information.csv"
    current = folder / "social_care_providers__current.csv"
    closed = folder / "social_care_providers__closed.csv"
    with (
        homes.open("w", encoding="utf-8", newline="") as h,
        current.open("w", encoding="utf-8", newline="") as c,
        closed.open("w", encoding="utf-8", newline="") as x,
    ):
        home_writer = csv.writer(h, lineterminator="\n")
        scp_writer = csv.writer(c, lineterminator="\n")
        # The headers `cic reference providers` reads: one declaration of the Ofsted columns.
        home_writer.writerow(LISTS[homes.name][1])
        scp_writer.writerow(LISTS[current.name][1])
        csv.writer(x, lineterminator="\n").writerow(LISTS[closed.name][1])
        for la in sorted(registry):
            for p in registry[la]:
                # Children's homes list provider codes with "/", the other list with ",".
                home = p.place_codes[0] in ("K1", "K2")
                (home_writer if home else scp_writer).writerow(
                    (
                        p.urn,
                        names[la],
                        ",".join(p.place_codes),
                        ("/" if home else ",").join(p.provider_codes),
                        "",
                        p.place.postcode,
                    )
                )
    return [homes, current, closed]
