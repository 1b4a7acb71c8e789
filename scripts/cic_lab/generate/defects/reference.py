"""Reference-data (REF) defects: an episode that disagrees with the Ofsted provider lists the
generator writes under `providers/` (URN not listed, listed for another kind of setting, another
provider or other premises) or with the ONS postcode directory (a placement postcode it does not
hold, a short break or an unaccompanied child given a placement LA or distance, a placement more
than 350 miles from home).

The provider lists hold every URN the generated episodes use (`SC` + LA code + number, so
`SC1nnnnn` is never listed) and no provider with the code PR3; the directory holds no `ZZ99`
postcode.
"""

from __future__ import annotations

from cic_lab.generate.defects.kind import Family, Target, change
from cic_lab.generate.defects.values import Row

family = Family("reference data")
episodes = family.table("episodes")

SHORT_BREAKS = ("V3", "V4")
FOSTER_PLACES = ("U1", "U2", "U3", "U4", "U5", "U6")
HOMES = ("K1", "K2")
# Placements whose postcode rule 221 compares with the URN's premises (every year).
PREMISES_CHECKED = ("K1", "K2", "R3", "S1")
# Placements rule 229 does not check from 2025-26 (it checks every other one with a URN).
NOT_CHECKED_229 = ("K3", "P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4")

# Real postcodes far from anywhere in England (Lerwick, Shetland; St Mary's, Isles of Scilly):
# every English postcode is more than 350 miles from one of them (Scilly for the far north).
LERWICK = "ZE1 0AA"
SCILLY = "TR21 0HW"
FAR_NORTH_AREAS = ("NE", "TD", "CA", "DG")


def far_postcode(home: str) -> str:
    """A real postcode more than 350 miles from the English postcode `home`."""
    area = "".join(c for c in home[:2] if c.isalpha()).upper()
    return SCILLY if area in FAR_NORTH_AREAS else LERWICK


def unknown_postcode(t: Target) -> str:
    """A postcode of the right shape that the ONS directory does not hold: the NHS's pseudo
    postcodes for an unknown address (ZZ99), in no area outside England (rule 243 reads the
    area of a postcode the directory does not hold)."""
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"ZZ99 {t.rng.randint(1, 9)}{t.rng.choice(letters)}{t.rng.choice(letters)}"


def _urn(row: Row) -> bool:
    return bool(row.get("URN")) and row.get("URN") != "XXXXXXX"


def _uasc_ever(t: Target) -> bool:
    return bool(t.rows("uasc") or t.last_rows("uasc"))


def _located(row: Row) -> bool:
    """Looked after (not a short break) with both postcodes given."""
    return row.get("LS") not in SHORT_BREAKS and bool(row.get("HOME_POST") and row.get("PL_POST"))


@episodes.defect("episode_urn_not_in_provider_lists", "1008 219 224")
def _urn_unlisted(t: Target) -> bool:
    row = episodes.pick(t, lambda r: _urn(r) and bool(r.get("PLACE_PROVIDER")))
    return change(row, URN=f"SC1{t.rng.randint(0, 99999):05d}") if row else False


@episodes.defect("episode_urn_of_other_setting", "219")
def _urn_other_setting(t: Target) -> bool:
    row = episodes.pick(t, lambda r: _urn(r) and r.get("PLACE") in FOSTER_PLACES)
    homes = sorted(
        {str(r["URN"]) for r in t.tables.get("episodes", []) if _urn(r) and r.get("PLACE") in HOMES}
    )
    if row is None or not homes:
        return False
    return change(row, URN=t.rng.choice(homes))


@episodes.defect("episode_provider_not_urns", "224")
def _provider_not_urns(t: Target) -> bool:
    return change(episodes.pick(t, _urn), PLACE_PROVIDER="PR3")


@episodes.defect("episode_postcode_not_urn_premises", "221")
def _postcode_not_premises(t: Target) -> bool:
    row = episodes.pick(
        t,
        lambda r: (
            _urn(r)
            and _located(r)
            and r.get("PLACE") in PREMISES_CHECKED
            and r.get("HOME_POST") != r.get("PL_POST")
        ),
    )
    return change(row, PL_POST=row["HOME_POST"]) if row else False


@episodes.defect("episode_other_la_provision_at_own_premises", "229")
def _provider_other_la(t: Target) -> bool:
    row = episodes.pick(
        t,
        lambda r: (
            _urn(r) and r.get("PLACE_PROVIDER") == "PR1" and r.get("PLACE") not in NOT_CHECKED_229
        ),
    )
    return change(row, PLACE_PROVIDER="PR2")


@episodes.defect("episode_placement_postcode_unknown", "169 179 392a 392c")
def _postcode_unknown(t: Target) -> bool:
    if _uasc_ever(t):
        return False
    return change(episodes.pick(t, _located), PL_POST=unknown_postcode(t))


@episodes.defect("episode_short_break_placement_postcode", "420")
def _short_break_postcode(t: Target) -> bool:
    row = episodes.pick(t, lambda r: r.get("LS") in SHORT_BREAKS and not r.get("PL_POST"))
    known = sorted({str(r["PL_POST"]) for r in t.tables.get("episodes", []) if _located(r)})
    if row is None or not known:
        return False
    return change(row, PL_POST=t.rng.choice(known))


@episodes.defect("episode_uasc_distance", "406")
def _uasc_distance(t: Target) -> bool:
    if not t.rows("uasc"):
        return False
    row = episodes.pick(t, lambda r: bool(r.get("PL_POST")) and not r.get("HOME_POST"))
    homes = sorted({str(r["HOME_POST"]) for r in t.tables.get("episodes", []) if _located(r)})
    if row is None or not homes:
        return False
    return change(row, HOME_POST=t.rng.choice(homes))


@episodes.defect("episode_placed_over_350_miles", "454", first_year="2025-26")
def _far_away(t: Target) -> bool:
    if _uasc_ever(t):
        return False
    # Not at premises with a URN whose postcode rule 221 would compare.
    row = episodes.pick(
        t, lambda r: _located(r) and (not _urn(r) or r.get("PLACE") in FOSTER_PLACES)
    )
    return change(row, PL_POST=far_postcode(str(row["HOME_POST"]))) if row else False
