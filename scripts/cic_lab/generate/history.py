"""The simulated children as a case-management system holds them: continuous histories.

This is the common data model's input contract (declared in contracts/cdm.yml), filled straight
from the life-course model: what every CMS-shaped writer (lcs, mosaic, eclipse) turns into its
own tables, and what each staging folder must give back. Dates are ISO text; nothing after
`as_of` is known yet.
The 903 return is not read here: it is a function of these histories (rendered in render.py,
derived in SQL by the warehouse), which is what the CMS match checks.
"""

from __future__ import annotations

import random
from datetime import date

from cic.contracts import cdm_entities
from cic_lab.generate.calendar import add_years, year_bounds
from cic_lab.generate.model import Child, Episode, Period
from cic_lab.generate.render import oc2_items, oc3_items

Row = dict[str, str | None]

# Entity -> columns, in order (contracts/cdm.yml). Every staging folder fills
# stg_<source>__<entity> with these.
CONTRACT: dict[str, tuple[str, ...]] = {e.name: e.column_names for e in cdm_entities()}
OC2_ITEMS = CONTRACT["health_outcomes"][2:]
# Children whose care ended this long before the first year generated are not in the extract:
# the oldest the return still asks about is a care leaver who left at 16 and is 21 in that year.
LOOK_BACK_YEARS = 7
# A CMS holds more about a child than the return asks for, and the derivation must leave it
# out (_outside_return). Children missing from home: this share has an incident before their
# care began, and (once care has ended) this share another after it ended (DfE's Missing table
# is of children missing from care: rules 581 and 578). A period with a decision to place for
# adoption that ended other than in adoption: this share has the adoption that broke down,
# recorded with its match (AD1 is for children adopted: rule 602). Children on short breaks
# alone: this share has a review in the years generated (none in the return: rule 399).
MISSING_FROM_HOME_SHARE = 0.05
BROKEN_DOWN_MATCH_SHARE = 0.3
SHORT_BREAK_REVIEW_SHARE = 0.5


def iso(day: int | None) -> str | None:
    return None if day is None else date.fromordinal(day).isoformat()


def as_of(years: list[str]) -> int:
    """The extract date: 31 March of the last collection year generated."""
    return year_bounds(max(years))[1]


def histories(children: list[Child], years: list[str], seed: int) -> dict[str, list[Row]]:
    """Every entity's rows for one LA's children, as an extract taken on `as_of(years)`."""
    cut = as_of(years)
    tables: dict[str, list[Row]] = {name: [] for name in CONTRACT}
    oldest = add_years(year_bounds(min(years))[0], -LOOK_BACK_YEARS)
    for child in children:
        periods = [p for p in child.periods if p.start <= cut]
        if not periods or all(p.end is not None and p.end < oldest for p in periods):
            continue
        _child(child, periods, cut, years, seed, tables)
    return tables


def _until(day: int | None, cut: int) -> int | None:
    """An end date as known on the extract date: later ends are not known yet."""
    return None if day is None or day > cut else day


def _child(
    child: Child,
    periods: list[Period],
    cut: int,
    years: list[str],
    seed: int,
    tables: dict[str, list[Row]],
) -> None:
    cid = child.child_id
    born = child.mother_date
    mother = born if born is not None and born <= cut else None
    tables["people"].append(
        {
            "child_id": cid,
            "sex_code": "M" if child.male else "F",
            "born_on": iso(child.dob),
            "ethnicity_code": child.ethnic,
            "first_child_born_on": iso(mother),
        }
    )
    _identifiers(child, cut, tables)
    if child.home is not None:
        tables["home_addresses"].append(
            {
                "child_id": cid,
                "postcode": child.home.postcode,
                "valid_from": iso(child.dob),
                "valid_to": None,
            }
        )
    if child.uasc:
        tables["uasc_statuses"].append(
            {
                "child_id": cid,
                "started_on": iso(periods[0].start),
                "ended_on": iso(add_years(child.dob, 18)),
            }
        )
    for number, period in enumerate(periods, start=1):
        _period(cid, f"{cid}-{number}", period, cut, tables)
    _outside_return(child, periods, cut, year_bounds(min(years))[0], seed, tables)
    for kind, start, end in child.missing:
        if start <= cut:
            tables["missing_episodes"].append(
                {
                    "child_id": cid,
                    "missing_type_code": kind,
                    "started_on": iso(start),
                    "ended_on": iso(_until(end, cut)),
                }
            )
    for worker, start, until, reason in child.sw:
        if start <= cut:
            tables["social_worker_allocations"].append(
                {
                    "child_id": cid,
                    "worker_id": worker,
                    "started_on": iso(start),
                    "ended_on": iso(_until(until, cut)),
                    "reason_code": reason,
                }
            )
    for start, until in child.dolo:
        if start <= cut:
            tables["dol_orders"].append(
                {"child_id": cid, "started_on": iso(start), "ended_on": iso(_until(until, cut))}
            )
    _outcomes(child, periods, years, seed, tables)


def _outside_return(
    child: Child,
    periods: list[Period],
    cut: int,
    first_day: int,
    seed: int,
    tables: dict[str, list[Row]],
) -> None:
    """What a CMS records of `child` that the return leaves out (the shares above), drawn
    from a generator of the child's own: every other value of the extract, and the 903 files,
    are the same with or without it. `first_day` is 1 April of the first year generated."""
    cid = child.child_id
    rng = random.Random(f"{seed}:{cid}:outside-return")

    def missing_from_home(day: int) -> None:
        if child.dob < day and day + 1 <= cut:
            tables["missing_episodes"].append(
                {
                    "child_id": cid,
                    "missing_type_code": "M",
                    "started_on": iso(day),
                    "ended_on": iso(day + 1),
                }
            )

    if rng.random() < MISSING_FROM_HOME_SHARE:
        missing_from_home(periods[0].start - rng.randint(14, 180))
    last_end = periods[-1].end
    if last_end is not None and last_end <= cut and rng.random() < MISSING_FROM_HOME_SHARE:
        missing_from_home(last_end + rng.randint(14, 180))
    for number, period in enumerate(periods, start=1):
        broke_down = (
            period.adoption is None
            and bool(period.decisions)
            and period.end is not None
            and period.end <= cut
            and period.end - period.decisions[0][0] > 90
        )
        if broke_down and rng.random() < BROKEN_DOWN_MATCH_SHARE:
            decided = period.decisions[0][0]
            tables["adoptions"].append(
                {
                    "child_id": cid,
                    "period_of_care_id": f"{cid}-{number}",
                    "decided_on": iso(decided),
                    "matched_on": iso(decided + rng.randint(30, 80)),
                    "fostered_by_adopters": "0",
                    "number_of_adopters": "2",
                    "adopter_sex_code": "MF",
                    "adopter_legal_status_code": "L11",
                }
            )
    if all(p.short_break for p in periods) and rng.random() < SHORT_BREAK_REVIEW_SHARE:
        period = periods[-1]
        day = max(period.start, first_day) + rng.randint(20, 90)
        if day <= cut and (period.end is None or day <= period.end):
            tables["reviews"].append(
                {"child_id": cid, "reviewed_on": iso(day), "participation_code": "PN1"}
            )


def _identifiers(child: Child, cut: int, tables: dict[str, list[Row]]) -> None:
    """UN2 for the unaccompanied; otherwise UN1 until school age (rule 209), then the UPN."""
    cid = child.child_id
    rows: list[tuple[str, str, int, int | None]]
    if child.uasc:
        rows = [("UPN_UNKNOWN", "UN2", child.dob, None)]
    else:
        allocated = add_years(child.dob, 4) + 213  # from the 1 April this far after 31 August
        if allocated <= cut:
            rows = [
                ("UPN_UNKNOWN", "UN1", child.dob, allocated - 1),
                ("UPN", child.upn, allocated, None),
            ]
        else:
            rows = [("UPN_UNKNOWN", "UN1", child.dob, None)]
    for kind, value, start, end in rows:
        tables["person_identifiers"].append(
            {
                "child_id": cid,
                "identifier_type": kind,
                "identifier_value": value,
                "valid_from": iso(start),
                "valid_to": iso(end),
            }
        )


def _runs(episodes: list[Episode], starts: list[bool]) -> list[list[Episode]]:
    """Consecutive episodes grouped: a new group wherever `starts` is true."""
    groups: list[list[Episode]] = []
    for episode, new in zip(episodes, starts, strict=True):
        if new or not groups:
            groups.append([episode])
        else:
            groups[-1].append(episode)
    return groups


def _period(cid: str, pid: str, period: Period, cut: int, tables: dict[str, list[Row]]) -> None:
    episodes = [e for e in period.episodes if e.decom <= cut]
    ended = _until(period.end, cut)
    tables["periods_of_care"].append(
        {
            "child_id": cid,
            "period_of_care_id": pid,
            "started_on": iso(period.start),
            "ended_on": iso(ended),
            "category_of_need_code": period.cin,
            "reason_ceased_code": episodes[-1].rec if ended is not None else None,
        }
    )
    statuses = _runs(
        episodes, [i == 0 or e.ls != episodes[i - 1].ls for i, e in enumerate(episodes)]
    )
    for run in statuses:
        tables["legal_statuses"].append(
            {
                "child_id": cid,
                "legal_status_code": run[0].ls,
                "started_on": iso(run[0].decom),
                "ended_on": iso(_until(run[-1].dec, cut)),
            }
        )
    placements = _runs(episodes, [i == 0 or e.rne != "L" for i, e in enumerate(episodes)])
    carer = ""
    for number, run in enumerate(placements, start=1):
        first, last = run[0], run[-1]
        # The carer is what tells T/U (same carer) from P/B (another carer) in the return.
        if first.rne in ("T", "U"):
            this = carer
        else:
            this = first.place.carer if first.place.carer != carer else f"{carer}/2"
        carer = this
        end = _until(last.dec, cut)
        tables["placements"].append(
            {
                "child_id": cid,
                "placement_id": f"{pid}-{number}",
                "started_on": iso(first.decom),
                "ended_on": iso(end),
                "placement_type_code": first.place.code,
                "placement_provider_code": first.place.provider,
                "provider_urn": first.place.urn,
                "placement_postcode": first.place.post.postcode if first.place.post else None,
                "carer_id": this,
                "reason_changed_code": last.reason_change if end is not None else None,
            }
        )
    for day, code in period.reviews:
        if day <= cut:
            tables["reviews"].append(
                {"child_id": cid, "reviewed_on": iso(day), "participation_code": code}
            )
    for decided, ceased, reason in period.decisions:
        if decided <= cut:
            known = ceased is not None and ceased <= cut
            tables["adoption_decisions"].append(
                {
                    "child_id": cid,
                    "decided_on": iso(decided),
                    "reversed_on": iso(ceased) if known else None,
                    "reversal_reason_code": reason if known else None,
                }
            )
    if period.adoption is not None and period.adoption[0] <= cut:
        decided, matched, foster, adopters, sexes, status = period.adoption
        tables["adoptions"].append(
            {
                "child_id": cid,
                "period_of_care_id": pid,
                "decided_on": iso(decided),
                "matched_on": iso(matched) if matched <= cut else None,
                "fostered_by_adopters": foster,
                "number_of_adopters": adopters,
                "adopter_sex_code": sexes,
                "adopter_legal_status_code": status,
            }
        )
    code, la_perm, when = period.prev_perm
    tables["previous_permanence"].append(
        {
            "child_id": cid,
            "period_of_care_id": pid,
            "permanence_option_code": code,
            "permanence_la_code": la_perm,
            "permanence_date_text": when,
        }
    )


def _outcomes(
    child: Child, periods: list[Period], years: list[str], seed: int, tables: dict[str, list[Row]]
) -> None:
    """OC2 items for every year the child was looked after (the return keeps only its cohort);
    care-leaver contacts on the birthdays the return asks about."""
    cid = child.child_id
    for year in years:
        ys, ye = year_bounds(year)
        cared = [
            p
            for p in periods
            if not p.short_break and p.start <= ye and (p.end is None or p.end >= ys)
        ]
        if cared:
            tables["health_outcomes"].append(
                {
                    "child_id": cid,
                    "year_ending_on": iso(ye),
                    **dict(
                        zip(OC2_ITEMS, oc2_items(child, ys, ye, seed, year).values(), strict=True)
                    ),
                }
            )
        if any(p.end is None or p.end > ye for p in child.periods if p.start <= ye):
            continue
        outcome = oc3_items(child, ys, ye, seed, year)
        if outcome is None:
            continue
        birthday = next(
            add_years(child.dob, k) for k in range(17, 22) if ys <= add_years(child.dob, k) <= ye
        )
        tables["care_leaver_contacts"].append(
            {
                "child_id": cid,
                "contacted_on": iso(birthday),
                "in_touch_code": outcome["IN_TOUCH"],
                "activity_code": outcome["ACTIV"],
                "accommodation_code": outcome["ACCOM"],
            }
        )
