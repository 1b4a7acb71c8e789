"""The lcs extract writer: one LA's histories as a Liquidlogic-like (LCS) warehouse star.

One CSV per table of the family's declaration (`contracts/cms/lcs.yml`), named as it says
(DIM_PERSON.csv).
Quirks a real LCS extract has and staging must clean (each undoable exactly):
- int surrogate keys: DIM_PERSON_ID (a -1 'unknown' person; non-clients and LCS-native test
  clients without a LEGACY_ID, some with facts of their own), FACT_CLA_ID and so on; the 903
  CHILD id is LEGACY_ID, sometimes with a trailing space;
- `_DTTM` datetimes 'YYYY-MM-DD HH:MM:SS.000' (missing-episode starts carry a time of day); an
  open record's end is blank or a placeholder (1900-01-01, 9999-12-31);
- DfE codes for most items, some lower case or with stray spaces; legal status only as a
  description ('Full Care Order'); missing type as 'Missing'/'Absent'; accommodation split into
  a code and a suitability description; the month of a previous permanence order as a name;
- 'Yes'/'No'/'NA' text flags (OC2 items, foster-to-adopt);
- distance from home as text; cancelled reviews, reviews scheduled but not yet held (no meeting
  date), correspondence addresses, personal-adviser involvements and refugee statuses beside the
  rows the return needs;
- postcodes now and then in lower case or with a trailing space; a postcode not known blank or
  a placeholder (ZZZ, nopostcode);
- some placements written as two contiguous rows for the same carer (the reason for change on
  the last part only).
"""

from __future__ import annotations

import bisect
import csv
import random
import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from cic.contracts import cms_family
from cic_lab.generate.geography import stable_int
from cic_lab.generate.history import OC2_ITEMS, Row

# Legal status descriptions as LCS holds them (local_code_map, source lcs, domain legal_status).
LEGAL_STATUS_DESC = {
    "C1": "Interim Care Order",
    "C2": "Full Care Order",
    "D1": "Freeing Order Granted",
    "E1": "Placement Order Granted",
    "J1": "Remanded to LA Accommodation or Youth Detention Accommodation",
    "J2": "Placed in LA Accommodation under PACE",
    "J3": "Youth Rehabilitation Order with Residence or Fostering Requirement",
    "L1": "Under Police Protection and in LA Accommodation",
    "L2": "Emergency Protection Order",
    "L3": "Child Assessment Order and in LA Accommodation",
    "V2": "Single Period of Accommodation under Section 20",
    "V3": "Section 20 Short Breaks - Episodes Recorded",
    "V4": "Section 20 Short Breaks - Agreements Recorded",
}
MISSING_STATUS = {"M": "Missing", "A": "Absent"}
FLAG = {"1": "Yes", "0": "No"}
SUITABILITY = {"1": "Suitable", "2": "Unsuitable"}
UASC_DESC = "Unaccompanied Asylum Seeking Child"
REFUGEE_DESC = "Refugee Status"
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
PERMANENCE_DATE = re.compile(r"^(\d{2}|ZZ)/(\d{2}|ZZ)/(\d{4})$")
OPEN_ENDS = ("", "", "", "1900-01-01 00:00:00.000", "9999-12-31 00:00:00.000")
# The OC2 yes/no items, after SDQ_SCORE and SDQ_REASON (the contract's order, FACT_903_DATA's).
FLAGS = OC2_ITEMS[2:]
FAMILY = cms_family("lcs")
TABLES = FAMILY.tables
SPLIT_SHARE = 0.08  # placements written as two contiguous rows for the same carer
QUIRK_SHARE = 0.04  # codes in lower case; as many with a stray space


class _Quirks:
    """The random stream of one LA's extract and the small mutilations it applies."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def code(self, value: str | None) -> str:
        if value is None:
            return ""
        x = self.rng.random()
        if x < QUIRK_SHARE:
            return value.lower()
        if x < 2 * QUIRK_SHARE:
            return self.rng.choice((" ", "", "  ")) + value + self.rng.choice((" ", "  "))
        return value

    def text(self, value: str | None) -> str:
        """Case varies for descriptions and flags: 'Full Care Order', 'FULL CARE ORDER'."""
        if value is None:
            return ""
        x = self.rng.random()
        if x < QUIRK_SHARE:
            return value.upper()
        if x < 2 * QUIRK_SHARE:
            return value.lower() + " "
        return value

    def pad(self, value: str | None) -> str:
        """Identifiers: a trailing space now and then, case kept."""
        if value is None:
            return ""
        return value + " " if self.rng.random() < QUIRK_SHARE else value

    def postcode(self, value: str | None) -> str:
        """Postcodes: a trailing space or lower case now and then; one not known blank or one
        of LCS's placeholders (ZZZ, nopostcode)."""
        if value is None:
            return self.rng.choice(("", "", "ZZZ", "nopostcode"))
        x = self.rng.random()
        if x < QUIRK_SHARE:
            return value + " "
        if x < 2 * QUIRK_SHARE:
            return value.lower()
        return value

    def end(self, iso: str | None) -> str:
        return self.rng.choice(OPEN_ENDS) if iso is None else dttm(iso)

    def flag(self, value: str | None) -> str:
        if value is None:
            return self.rng.choice(("NA", ""))
        return self.text(FLAG.get(value, value))


def dttm(iso: str | None, seconds: int = 0) -> str:
    """ISO date text as an LCS datetime, midnight unless `seconds` into the day."""
    if iso is None:
        return ""
    return f"{iso} {seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}.000"


def _shift(iso: str, days: int) -> str:
    return (date.fromisoformat(iso) + timedelta(days=days)).isoformat()


class _Ids:
    """Int surrogate keys of one table, from a random base."""

    def __init__(self, rng: random.Random) -> None:
        self.next = rng.randint(10_000, 900_000)

    def __call__(self) -> str:
        self.next += 1
        return str(self.next)


def write(folder: Path, la: str, histories: dict[str, list[Row]], seed: int) -> None:
    """Write one LA's LCS extract (one CSV per table) into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(stable_int(seed, "lcs", la))
    q = _Quirks(rng)
    out: dict[str, list[list[str]]] = {t.name: [] for t in TABLES}
    ids: dict[str, Callable[[], str]] = {t.name: _Ids(rng) for t in TABLES}

    person: dict[str, str] = {}
    out["dim_person"].append(["-1", "", "U", "", "", "", "", "N", "NA", ""])
    person_id = rng.randint(100_000, 400_000)
    for row in histories["people"]:
        person_id += rng.randint(1, 9)
        pid = person[str(row["child_id"])] = str(person_id)
        female = row["sex_code"] == "F"
        mother = "Yes" if row["first_child_born_on"] else ("No" if female else "NA")
        out["dim_person"].append(
            [
                pid,
                q.pad(row["child_id"]),
                q.code(row["sex_code"]),
                q.code(row["ethnicity_code"]),
                dttm(row["born_on"]),
                "N",
                "",
                "Y",
                mother,
                dttm(row["first_child_born_on"]),
            ]
        )
    others = _other_persons(rng, out, person_id, max(3, len(person) // 100))
    stg = _Ctx(rng, q, out, ids, person)

    for row in histories["person_identifiers"]:
        upn = row["identifier_type"] == "UPN"
        value = row["identifier_value"]
        out["fact_person_upn"].append(
            [
                ids["fact_person_upn"](),
                person[str(row["child_id"])],
                q.pad(value) if upn else "",
                "" if upn else q.code(value),
                dttm(row["valid_from"]),
                q.end(row["valid_to"]),
            ]
        )
    for row in histories["home_addresses"]:
        pid = person[str(row["child_id"])]
        address = [pid, "HOME", q.postcode(row["postcode"]), dttm(row["valid_from"])]
        out["dim_person_address"].append(
            [ids["dim_person_address"](), *address, q.end(row["valid_to"])]
        )
        if rng.random() < 0.1:  # a correspondence address: not the home the return wants
            out["dim_person_address"].append(
                [ids["dim_person_address"](), pid, "CORR", "", dttm(row["valid_from"]), ""]
            )
    stg.periods(histories["periods_of_care"])
    stg.legal_statuses(histories["legal_statuses"])
    stg.placements(histories["placements"])
    stg.reviews(histories["reviews"])
    for row in histories["missing_episodes"]:
        kind = row["missing_type_code"]
        out["fact_missing_person"].append(
            [
                ids["fact_missing_person"](),
                person[str(row["child_id"])],
                dttm(row["started_on"], rng.randrange(86_400) // 60 * 60),
                q.end(row["ended_on"]),
                q.text(MISSING_STATUS.get(kind, kind) if kind is not None else None),
                rng.choice(("Yes", "Yes", "No", "NA", "")),
                rng.choice(("Yes", "No", "NA", "")),
            ]
        )
    for row in histories["adoption_decisions"]:
        out["fact_adoption_decision"].append(
            [
                ids["fact_adoption_decision"](),
                person[str(row["child_id"])],
                dttm(row["decided_on"]),
                dttm(row["reversed_on"]),
                q.code(row["reversal_reason_code"]),
            ]
        )
    for row in histories["adoptions"]:
        out["fact_adoption"].append(
            [
                ids["fact_adoption"](),
                person[str(row["child_id"])],
                stg.cla[str(row["period_of_care_id"])],
                dttm(row["decided_on"]),
                dttm(row["matched_on"]),
                q.flag(row["fostered_by_adopters"]) if row["fostered_by_adopters"] else "",
                q.pad(row["number_of_adopters"]),
                q.code(row["adopter_sex_code"]),
                q.code(row["adopter_legal_status_code"]),
            ]
        )
    stg.previous_permanence(histories["previous_permanence"])
    for row in histories["health_outcomes"]:
        out["fact_903_data"].append(
            [
                ids["fact_903_data"](),
                person[str(row["child_id"])],
                dttm(row["year_ending_on"]),
                q.pad(row["sdq_score"]),
                q.code(row["sdq_reason_code"]),
                *(q.flag(row[item]) for item in FLAGS),
            ]
        )
    for row in histories["care_leaver_contacts"]:
        accommodation = row["accommodation_code"] or ""
        code, suitable = accommodation, ""
        if len(accommodation) == 2 and accommodation[1] in SUITABILITY:
            code, suitable = accommodation[0], q.text(SUITABILITY[accommodation[1]])
        out["fact_cla_care_leavers"].append(
            [
                ids["fact_cla_care_leavers"](),
                person[str(row["child_id"])],
                dttm(row["contacted_on"]),
                q.code(row["in_touch_code"]),
                q.code(row["activity_code"]),
                q.code(code or None),
                suitable,
            ]
        )
    for row in histories["uasc_statuses"]:
        pid = person[str(row["child_id"])]
        out["fact_immigration_status"].append(
            [
                ids["fact_immigration_status"](),
                pid,
                q.text(UASC_DESC),
                dttm(row["started_on"]),
                q.end(row["ended_on"]),
            ]
        )
        if row["ended_on"] is not None and rng.random() < 0.3:
            out["fact_immigration_status"].append(
                [ids["fact_immigration_status"](), pid, REFUGEE_DESC, dttm(row["ended_on"]), ""]
            )
    stg.involvements(histories["social_worker_allocations"], histories["care_leaver_contacts"])
    for row in histories["dol_orders"]:
        out["fact_dol_order"].append(
            [
                ids["fact_dol_order"](),
                person[str(row["child_id"])],
                dttm(row["started_on"]),
                q.end(row["ended_on"]),
            ]
        )
    stg.strays(others)

    for table in TABLES:
        with (folder / FAMILY.file_name(table)).open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(table.columns)
            writer.writerows(out[table.name])


def _other_persons(
    rng: random.Random, out: dict[str, list[list[str]]], last: int, count: int
) -> list[str]:
    """Persons who are not children in the return: parents and carers (IS_CLIENT 'N') and
    test clients created in LCS (no LEGACY_ID)."""
    made = []
    for n in range(count):
        last += rng.randint(1, 9)
        client = n % 3 == 0
        out["dim_person"].append(
            [
                str(last),
                "",
                rng.choice(("M", "F")),
                "NOBT" if client else "",
                dttm("2015-01-01" if client else "1985-06-15"),
                "Y" if client else "",
                "",
                "Y" if client else "N",
                "NA",
                "",
            ]
        )
        made.append(str(last))
    return made


class _Ctx:
    """The tables that need the period of care (FACT_CLA_ID) of a record."""

    def __init__(
        self,
        rng: random.Random,
        q: _Quirks,
        out: dict[str, list[list[str]]],
        ids: dict[str, Callable[[], str]],
        person: dict[str, str],
    ) -> None:
        self.rng, self.q, self.out, self.ids, self.person = rng, q, out, ids, person
        self.cla: dict[str, str] = {}  # period_of_care_id -> FACT_CLA_ID
        self.cla_start: dict[str, str] = {}  # FACT_CLA_ID -> its START_DTTM
        self.starts: dict[str, tuple[list[str], list[str]]] = {}  # child -> (starts, FACT_CLA_IDs)
        self.workers: dict[str, str] = {}

    def period_of(self, child: str, day: str | None) -> str:
        starts, clas = self.starts.get(child, ([], []))
        if not starts:
            return ""
        at = bisect.bisect_right(starts, day or starts[0]) - 1
        return clas[max(at, 0)]

    def periods(self, rows: list[Row]) -> None:
        for row in rows:
            child = str(row["child_id"])
            cla = self.cla[str(row["period_of_care_id"])] = self.ids["fact_cla"]()
            self.cla_start[cla] = dttm(row["started_on"])
            starts, clas = self.starts.setdefault(child, ([], []))
            at = bisect.bisect_right(starts, str(row["started_on"]))
            starts.insert(at, str(row["started_on"]))
            clas.insert(at, cla)
            self.out["fact_cla"].append(
                [
                    cla,
                    self.person[child],
                    dttm(row["started_on"]),
                    self.q.end(row["ended_on"]),
                    self.q.code(row["category_of_need_code"]),
                    self.q.code(row["reason_ceased_code"]),
                ]
            )

    def legal_statuses(self, rows: list[Row]) -> None:
        for row in rows:
            child, code = str(row["child_id"]), row["legal_status_code"]
            self.out["fact_legal_status"].append(
                [
                    self.ids["fact_legal_status"](),
                    self.person[child],
                    self.period_of(child, row["started_on"]),
                    self.q.text(LEGAL_STATUS_DESC.get(code, code) if code is not None else None),
                    dttm(row["started_on"]),
                    self.q.end(row["ended_on"]),
                ]
            )

    def placements(self, rows: list[Row]) -> None:
        q, rng = self.q, self.rng
        for row in rows:
            child = str(row["child_id"])
            period = str(row["placement_id"]).rsplit("-", 1)[0]
            cla = self.cla.get(period) or self.period_of(child, row["started_on"])
            start, end = str(row["started_on"]), row["ended_on"]
            parts = [(start, end, row["reason_changed_code"])]
            if end is not None and rng.random() < SPLIT_SHARE:
                days = (date.fromisoformat(end) - date.fromisoformat(start)).days
                if days >= 2:
                    middle = _shift(start, rng.randint(1, days - 1))
                    parts = [(start, middle, None), (middle, end, row["reason_changed_code"])]
            distance = rng.choice(("", f"{rng.uniform(0.2, 60):.1f}", f"{rng.uniform(0, 9):.2f}"))
            for part_start, part_end, reason in parts:
                self.out["fact_cla_placement"].append(
                    [
                        self.ids["fact_cla_placement"](),
                        cla,
                        self.person[child],
                        dttm(part_start),
                        q.end(part_end),
                        q.code(row["placement_type_code"]),
                        q.code(row["placement_provider_code"]),
                        q.pad(row["provider_urn"]),
                        q.postcode(row["placement_postcode"]),
                        distance,
                        row["carer_id"] or "",
                        q.code(reason),
                    ]
                )

    def reviews(self, rows: list[Row]) -> None:
        q, rng = self.q, self.rng
        for row in rows:
            child, day = str(row["child_id"]), str(row["reviewed_on"])
            pid, cla = self.person[child], self.period_of(child, day)
            if rng.random() < 0.03:  # a meeting called and cancelled before the one held
                self.out["fact_cla_review"].append(
                    [
                        self.ids["fact_cla_review"](),
                        cla,
                        pid,
                        dttm(_shift(day, -rng.randint(3, 14))),
                        dttm(_shift(day, -rng.randint(1, 2))),
                        q.text("Yes"),
                        "",
                    ]
                )
            self.out["fact_cla_review"].append(
                [
                    self.ids["fact_cla_review"](),
                    cla,
                    pid,
                    dttm(_shift(day, -rng.randint(0, 10))),
                    dttm(day),
                    rng.choice(("No", "No", "")),
                    q.code(row["participation_code"]),
                ]
            )
            if rng.random() < 0.05:  # the next review scheduled, its meeting date not filled in
                self.out["fact_cla_review"].append(
                    [self.ids["fact_cla_review"](), cla, pid, dttm(_shift(day, 180)), "", "No", ""]
                )

    def previous_permanence(self, rows: list[Row]) -> None:
        q, rng = self.q, self.rng
        answers = self.out["fact_form_answers"]
        for row in rows:
            child = str(row["child_id"])
            form = self.ids["fact_forms"]()
            cla = self.cla[str(row["period_of_care_id"])]
            self.out["fact_forms"].append(
                [form, self.person[child], cla, "Previous Permanence", self.cla_start[cla]]
            )
            items: list[tuple[str, str]] = []
            if row["permanence_option_code"] is not None:
                items.append(("PREVADOPTORD", q.code(row["permanence_option_code"])))
            if row["permanence_la_code"] is not None:
                items.append(("INENG", q.pad(row["permanence_la_code"])))
            when = row["permanence_date_text"]
            match = PERMANENCE_DATE.match(when) if when is not None else None
            if when is None:
                pass
            elif match and match.group(1) != "ZZ" and match.group(2) != "ZZ":
                day, month, year = match.groups()
                items.append(("ORDERDATE", dttm(f"{year}-{month}-{day}")))
            elif match and match.group(1) == "ZZ":
                _, month, year = match.groups()
                if month != "ZZ":
                    name = MONTHS[int(month) - 1]
                    items.append(("ORDERMONTH", q.text(rng.choice((name, name[:3])))))
                items.append(("ORDERYEAR", year))
            else:  # a date text of another shape: kept as typed
                items.append(("ORDERDATETEXT", when))
            for number, answer in items:
                answers.append([self.ids["fact_form_answers"](), form, number, answer])

    def involvements(self, allocations: list[Row], leavers: list[Row]) -> None:
        q = self.q
        for row in allocations:
            staff = str(row["worker_id"])
            if staff not in self.workers:
                worker = self.workers[staff] = self.ids["dim_worker"]()
                self.out["dim_worker"].append([worker, staff, "Social Worker"])
            self.out["fact_involvements"].append(
                [
                    self.ids["fact_involvements"](),
                    self.person[str(row["child_id"])],
                    self.workers[staff],
                    "CW",
                    dttm(row["started_on"]),
                    q.end(row["ended_on"]),
                    q.code(row["reason_code"]),
                ]
            )
        advisers = [self.ids["dim_worker"]() for _ in range(3)]
        for n, adviser in enumerate(advisers, start=1):
            self.out["dim_worker"].append([adviser, f"PA{n:04d}", "Personal Adviser"])
        seen: set[str] = set()
        for row in leavers:  # personal advisers: an involvement the return does not ask for
            child = str(row["child_id"])
            if child in seen:
                continue
            seen.add(child)
            self.out["fact_involvements"].append(
                [
                    self.ids["fact_involvements"](),
                    self.person[child],
                    self.rng.choice(advisers),
                    "16PLUS",
                    dttm(_shift(str(row["contacted_on"]), -365)),
                    "",
                    "",
                ]
            )

    def strays(self, others: list[str]) -> None:
        """Facts of persons who are not in the return (the unknown person, parents, test
        clients): staging must leave them out."""
        rng, out, ids = self.rng, self.out, self.ids
        for pid in ["-1", *others]:
            day = f"20{rng.randint(18, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
            out["fact_missing_person"].append(
                [
                    ids["fact_missing_person"](),
                    pid,
                    dttm(day),
                    dttm(_shift(day, 1)),
                    "Missing",
                    "NA",
                    "NA",
                ]
            )
            out["fact_involvements"].append(
                [ids["fact_involvements"](), pid, "-1", "CW", dttm(day), "", "OTHERS"]
            )
            if pid != "-1" and rng.random() < 0.5:
                cla = ids["fact_cla"]()
                out["fact_cla"].append([cla, pid, dttm(day), "", "N1", ""])
                out["fact_legal_status"].append(
                    [ids["fact_legal_status"](), pid, cla, "Full Care Order", dttm(day), ""]
                )
                out["fact_cla_placement"].append(
                    [
                        ids["fact_cla_placement"](),
                        cla,
                        pid,
                        dttm(day),
                        "",
                        "U6",
                        "PR1",
                        "",
                        "",
                        "",
                        "",
                        "",
                    ]
                )
