"""The mosaic extract writer: one LA's histories as a Mosaic-like reporting data mart.

What a real Mosaic DW extract looks like (docs: reference/source-systems.md 2.4, 3.1, 3.4):
- every table points to DM_PERSONS by an int PERSON_ID; the 903 CHILD id is the LEGACY_ID.
  Duplicate person records (DUPLICATE_OF_PERSON_ID) and test persons (IS_TEST_RECORD) are
  present, with a few rows of their own, and must be left out;
- periods of care, legal statuses and placements are separate histories. Placements are written
  as split rows (PLACEMENT_ID + SPLIT_NUMBER): split at every legal-status change inside the
  placement and at some 1 Aprils (financial-year splits). CATEGORY_OF_NEED is on every split,
  REASON_EPISODE_CEASED on the period's last split, the change reason on a placement's last
  split. Some legal statuses are recorded as two contiguous identical rows;
- DM_PLACEMENT_DETAILS (URN, provider, carer, postcode) may hold a superseded row: the latest by
  start date, then detail id (a number), is the placement's;
- placement type, legal status, ethnicity, category of need, reason ceased and the care-leaver
  in-touch/activity/accommodation items are local values, mapped to DfE codes by the LA's own
  DM_MAPPING_GROUPS (each LA words its values its own way); other codes are DfE codes;
- missing episodes, reviews, adoption, previous permanence, UASC, health outcomes, DoL orders and
  the mother's first child live in form answers (one row per answered question);
- quirks: stray spaces and mixed case in codes, datetimes with a time part, '9999-12-31' as the
  end of some open records.
"""

from __future__ import annotations

import csv
import random
from collections import defaultdict
from datetime import date
from pathlib import Path

from cic.contracts import cms_family
from cic_lab.generate.codes import CODE_LISTS
from cic_lab.generate.geography import stable_int
from cic_lab.generate.history import Row

FAMILY = cms_family("mosaic")
TABLES = FAMILY.tables
PLACEHOLDER_END = "9999-12-31 00:00:00.000"
# domain -> (mapping group, code-list table, field): the items the LA codes locally.
GROUPS: dict[str, tuple[str, str, str]] = {
    "placement_type": ("SSDA903 Placement Type", "episodes", "PLACE"),
    "legal_status": ("SSDA903 Legal Status", "episodes", "LS"),
    "ethnicity": ("SSDA903 Ethnicity", "header", "ETHNIC"),
    "category_of_need": ("SSDA903 Category of Need", "episodes", "CIN"),
    "reason_ceased": ("SSDA903 Reason Episode Ceased", "episodes", "REC"),
    "in_touch": ("SSDA903 In Touch Type", "oc3", "IN_TOUCH"),
    "activity": ("SSDA903 Activity Type", "oc3", "ACTIV"),
    "accommodation": ("SSDA903 Accommodation Type", "oc3", "ACCOM"),
}
RESPITE = frozenset({"V3", "V4"})
# The family's fixed wordings (mapped by the local_code_map seed); other values as they are.
REFERENCE_TYPES = {"UPN": "UPN", "UPN_UNKNOWN": "UPN Unknown Reason"}
MISSING_TYPES = {"M": "Missing", "A": "Absent"}
OC2_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("sdq_score", "SDQ score"),
    ("sdq_reason_code", "Reason SDQ not completed"),
    ("convicted", "Convicted during the year"),
    ("health_check", "Health check up to date"),
    ("immunisations", "Immunisations up to date"),
    ("teeth_check", "Teeth checked"),
    ("health_assessment", "Health assessment up to date"),
    ("substance_misuse", "Substance misuse problem"),
    ("intervention_received", "Received intervention"),
    ("intervention_offered", "Offered intervention"),
)
# entity -> (form name, (question, contract column, is a date)): the forms written from the
# contract's values as they are (missing episodes, previous permanence and health outcomes are
# written by hand: their answers are reworded, looked up or optional).
PLAIN_FORMS: dict[str, tuple[str, tuple[tuple[str, str, bool], ...]]] = {
    "reviews": (
        "Looked After Review",
        (("Date of review", "reviewed_on", True), ("Participation", "participation_code", False)),
    ),
    "adoption_decisions": (
        "Adoption Agency Decision",
        (
            ("Date of decision", "decided_on", True),
            ("Date decision reversed", "reversed_on", True),
            ("Reason decision reversed", "reversal_reason_code", False),
        ),
    ),
    "adoptions": (
        "Adoption Matching",
        (
            ("Date of decision to place for adoption", "decided_on", True),
            ("Date matched with adopters", "matched_on", True),
            ("Adopted by former foster carers", "fostered_by_adopters", False),
            ("Number of adopters", "number_of_adopters", False),
            ("Sex of adopters", "adopter_sex_code", False),
            ("Legal status of adopters", "adopter_legal_status_code", False),
        ),
    ),
    "uasc_statuses": (
        "UASC Status",
        (
            ("Date UASC status started", "started_on", True),
            ("Date UASC status ceased", "ended_on", True),
        ),
    ),
    "dol_orders": (
        "Deprivation of Liberty Order",
        (("Date order started", "started_on", True), ("Date order ended", "ended_on", True)),
    ),
}
Out = list[list[str]]


def _descriptions() -> dict[tuple[str, str], dict[str, str]]:
    found: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    with CODE_LISTS.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            found[(row["table_name"], row["field"])].setdefault(row["code"], row["description"])
    return found


def _days(iso_day: str) -> int:
    return date.fromisoformat(iso_day).toordinal()


def _iso(day: int) -> str:
    return date.fromordinal(day).isoformat()


class _Writer:
    def __init__(self, la: str, seed: int) -> None:
        self.rng = random.Random(stable_int(seed, "mosaic", la))
        self.next_id = 1000 + self.rng.randrange(9000)
        self.step = 50000 + self.rng.randrange(50000)
        self.tables: dict[str, Out] = {t.name: [] for t in TABLES}
        descriptions = _descriptions()
        self.vocab: dict[str, dict[str, str]] = {}
        for domain, (_, table, field) in GROUPS.items():
            style = self.rng.randrange(3)
            self.vocab[domain] = {
                code: (text, f"{code} - {text}", text.upper())[style]
                for code, text in descriptions[(table, field)].items()
            }

    # -- values ------------------------------------------------------------------------------
    def new_id(self) -> str:
        self.next_id += 1 + self.rng.randrange(3)
        return str(self.next_id)

    def messy(self, value: str | None) -> str:
        """A code as the CMS holds it: now and then in another case or with stray spaces."""
        if value is None:
            return ""
        draw = self.rng.random()
        if draw < 0.04:
            return value.lower()
        if draw < 0.08:
            return f" {value}"
        if draw < 0.12:
            return f"{value}  "
        return value

    def spaced(self, value: str | None) -> str:
        """An identifier or text as the CMS holds it: now and then with stray spaces."""
        if value is None:
            return ""
        draw = self.rng.random()
        if draw < 0.04:
            return f" {value}"
        if draw < 0.08:
            return f"{value} "
        return value

    def local(self, domain: str, code: str | None) -> str:
        """The LA's local value for a DfE code (a code it never worded maps to itself)."""
        if code is None:
            return ""
        local = self.vocab[domain].setdefault(code, code)
        draw = self.rng.random()
        if draw < 0.04:
            return local.lower()
        if draw < 0.08:
            return f"{local} "
        return local

    @staticmethod
    def when(day: str | None) -> str:
        return "" if day is None else f"{day} 00:00:00.000"

    def until(self, day: str | None) -> str:
        """An end date; an open record's is blank or, on some rows, the placeholder."""
        if day is None:
            return PLACEHOLDER_END if self.rng.random() < 0.3 else ""
        return f"{day} 00:00:00.000"

    def add(self, table: str, *values: str) -> None:
        self.tables[table].append(list(values))

    def form(self, person: str, name: str, answers: list[tuple[str, str | None, bool]]) -> None:
        """One form (workflow step): a row per answered question; (question, value, is_date)."""
        self.step += 1 + self.rng.randrange(5)
        for question, value, is_date in answers:
            if value is None:
                continue
            text, day = ("", self.when(value)) if is_date else (self.spaced(value), "")
            self.add("dm_filter_form_answers", str(self.step), person, name, question, text, day)

    # -- tables ------------------------------------------------------------------------------
    def persons(self, histories: dict[str, list[Row]]) -> dict[str, str]:
        ids: dict[str, str] = {}
        for row in histories["people"]:
            child = str(row["child_id"])
            ids[child] = person = self.new_id()
            self.add(
                "dm_persons",
                person,
                self.spaced(child),
                self.messy(row["sex_code"]),
                self.when(row["born_on"]),
                "",
                self.local("ethnicity", row["ethnicity_code"]),
                "N",
                "",
            )
            if row["first_child_born_on"] is not None:
                self.form(
                    person,
                    "SSDA903 Mother",
                    [("Date of birth of first child", row["first_child_born_on"], True)],
                )
        return ids

    def duplicates_and_tests(self, histories: dict[str, list[Row]], ids: dict[str, str]) -> None:
        """Duplicate person records (with a copied address and legal status) and test persons."""
        statuses = {str(r["child_id"]): r for r in reversed(histories["legal_statuses"])}
        for row in histories["people"]:
            if self.rng.random() >= 0.02:
                continue
            child = str(row["child_id"])
            twin = self.new_id()
            self.add(
                "dm_persons",
                twin,
                child,
                str(row["sex_code"]),
                self.when(row["born_on"]),
                "",
                self.local("ethnicity", row["ethnicity_code"]),
                "N",
                ids[child],
            )
            status = statuses.get(child)
            if status is not None:
                code = status["legal_status_code"]
                self.add(
                    "dm_legal_statuses",
                    self.new_id(),
                    twin,
                    self.local("legal_status", code),
                    self.when(status["started_on"]),
                    self.until(status["ended_on"]),
                    "Y" if code in RESPITE else "N",
                )
        for number in range(1, 3 + len(histories["people"]) // 250):
            person, period, placement = self.new_id(), self.new_id(), self.new_id()
            start = f"20{10 + number % 10}-0{1 + number % 9}-1{number % 10}"
            self.add(
                "dm_persons",
                person,
                f"TEST{number:04d}",
                "F" if number % 2 else "M",
                self.when(start),
                "",
                self.local("ethnicity", "WBRI"),
                "y" if number % 3 == 0 else "Y",
                "",
            )
            self.add("dm_periods_of_care", period, person, self.when(start), "")
            self.add(
                "dm_legal_statuses",
                self.new_id(),
                person,
                self.local("legal_status", "V2"),
                self.when(start),
                "",
                "N",
            )
            self.add(
                "dm_placements",
                placement,
                "1",
                person,
                period,
                self.when(start),
                "",
                self.local("placement_type", "U6"),
                self.local("category_of_need", "N1"),
                "",
                "",
            )
            self.add(
                "dm_placement_details",
                self.new_id(),
                placement,
                self.when(start),
                "",
                "PR1",
                "T1",
                "",
            )

    def references(self, histories: dict[str, list[Row]], ids: dict[str, str]) -> None:
        for row in histories["person_identifiers"]:
            kind = str(row["identifier_type"])
            self.add(
                "dm_person_references",
                ids[str(row["child_id"])],
                self.messy(REFERENCE_TYPES.get(kind, kind)),
                self.messy(row["identifier_value"]),
                self.when(row["valid_from"]),
                self.until(row.get("valid_to")),
            )
        for row in histories["home_addresses"]:
            self.add(
                "dm_addresses",
                self.new_id(),
                ids[str(row["child_id"])],
                self.spaced(row["postcode"]),
                self.when(row["valid_from"]),
                self.until(row.get("valid_to")),
            )

    def legal_statuses(
        self, histories: dict[str, list[Row]], ids: dict[str, str]
    ) -> dict[str, list[tuple[str, str, str | None]]]:
        """Write the legal statuses (a few as two contiguous identical parts); return each
        child's parts as (legal status id, start, end)."""
        parts: dict[str, list[tuple[str, str, str | None]]] = defaultdict(list)
        for row in histories["legal_statuses"]:
            child, code = str(row["child_id"]), row["legal_status_code"]
            start, end = str(row["started_on"]), row["ended_on"]
            pieces: list[tuple[str, str | None]] = [(start, end)]
            if end is not None and _days(end) - _days(start) > 2 and self.rng.random() < 0.06:
                middle = _iso(self.rng.randrange(_days(start) + 1, _days(end)))
                pieces = [(start, middle), (middle, end)]
            for first, last in pieces:
                status = self.new_id()
                self.add(
                    "dm_legal_statuses",
                    status,
                    ids[child],
                    self.local("legal_status", code),
                    self.when(first),
                    self.until(last),
                    self.messy("Y" if code in RESPITE else "N"),
                )
                parts[child].append((status, first, last))
        return parts

    def care(
        self,
        histories: dict[str, list[Row]],
        ids: dict[str, str],
        statuses: dict[str, list[tuple[str, str, str | None]]],
    ) -> None:
        periods: dict[str, tuple[str, Row]] = {}
        for row in histories["periods_of_care"]:
            period = self.new_id()
            periods[str(row["period_of_care_id"])] = (period, row)
            self.add(
                "dm_periods_of_care",
                period,
                ids[str(row["child_id"])],
                self.when(row["started_on"]),
                self.until(row["ended_on"]),
            )
        last_placement: dict[str, str] = {}
        for row in histories["placements"]:
            last_placement[str(row["placement_id"]).rsplit("-", 1)[0]] = str(row["placement_id"])
        for row in histories["placements"]:
            key = str(row["placement_id"])
            period, care = periods[key.rsplit("-", 1)[0]]
            child = str(row["child_id"])
            person = ids[child]
            start, end = str(row["started_on"]), row["ended_on"]
            cuts = {s for _, s, _ in statuses[child] if start < s and (end is None or s < end)}
            if end is not None and self.rng.random() < 0.3:
                cuts |= {
                    f"{year}-04-01"
                    for year in range(int(start[:4]), int(end[:4]) + 1)
                    if start < f"{year}-04-01" < end
                }
            bounds = [start, *sorted(cuts)]
            ends: list[str | None] = [*bounds[1:], end]
            placement = self.new_id()
            ceased = (
                care["reason_ceased_code"]
                if last_placement[str(care["period_of_care_id"])] == key
                else None
            )
            for number, (first, last) in enumerate(zip(bounds, ends, strict=True), start=1):
                final = number == len(bounds)
                self.add(
                    "dm_placements",
                    placement,
                    str(number),
                    person,
                    period,
                    self.when(first),
                    self.until(last),
                    self.local("placement_type", row["placement_type_code"]),
                    self.local("category_of_need", care["category_of_need_code"]),
                    self.local("reason_ceased", ceased) if final else "",
                    self.messy(row["reason_changed_code"]) if final else "",
                )
                for status, s_start, s_end in statuses[child]:
                    if (s_end is None or first < s_end) and (last is None or s_start < last):
                        self.add(
                            "dm_cla_summaries",
                            self.new_id(),
                            person,
                            period,
                            status,
                            placement,
                            str(number),
                            self.when(max(first, s_start)),
                            self.until(
                                last
                                if s_end is None
                                else s_end
                                if last is None
                                else min(last, s_end)
                            ),
                        )
            if self.rng.random() < 0.08:  # a provisional detail row, superseded
                self.add(
                    "dm_placement_details",
                    self.new_id(),
                    placement,
                    self.when(start),
                    "",
                    self.messy(row["placement_provider_code"]),
                    "TBC",
                    "",
                )
            self.add(
                "dm_placement_details",
                self.new_id(),
                placement,
                self.when(start),
                row["provider_urn"] or "",
                self.messy(row["placement_provider_code"]),
                str(row["carer_id"]),
                row["placement_postcode"] or "",
            )

    def forms(self, histories: dict[str, list[Row]], ids: dict[str, str]) -> None:
        for row in histories["missing_episodes"]:
            kind = str(row["missing_type_code"])
            self.form(
                ids[str(row["child_id"])],
                "Child Absent or Missing (Document)",
                [
                    (
                        "Missing or absent",
                        self.messy(MISSING_TYPES.get(kind, kind)),
                        False,
                    ),
                    ("Date missing from", row["started_on"], True),
                    ("Date found or returned", row["ended_on"], True),
                ],
            )
        self.plain_forms(histories, ids, "reviews", "adoption_decisions", "adoptions")
        periods = {str(r["period_of_care_id"]): r for r in histories["periods_of_care"]}
        for row in histories["previous_permanence"]:
            self.form(
                ids[str(row["child_id"])],
                "Child Becomes Looked After",
                [
                    (
                        "Date became looked after",
                        periods[str(row["period_of_care_id"])]["started_on"],
                        True,
                    ),
                    ("Previous permanence option", row["permanence_option_code"], False),
                    ("Previous permanence LA", row["permanence_la_code"], False),
                    ("Previous permanence order date", row["permanence_date_text"], False),
                ],
            )
        for row in histories["health_outcomes"]:
            answers: list[tuple[str, str | None, bool]] = [
                ("Year ending", row["year_ending_on"], True)
            ]
            answers += [(question, row[column], False) for column, question in OC2_QUESTIONS]
            self.form(ids[str(row["child_id"])], "SSDA903 Health Outcomes", answers)
        self.plain_forms(histories, ids, "uasc_statuses", "dol_orders")

    def plain_forms(
        self, histories: dict[str, list[Row]], ids: dict[str, str], *entities: str
    ) -> None:
        """The forms of `entities` (in that order) whose answers are the contract's values."""
        for entity in entities:
            name, questions = PLAIN_FORMS[entity]
            for row in histories[entity]:
                answers = [
                    (question, row[column], is_date) for question, column, is_date in questions
                ]
                self.form(ids[str(row["child_id"])], name, answers)

    def leavers_and_workers(self, histories: dict[str, list[Row]], ids: dict[str, str]) -> None:
        for row in histories["care_leaver_contacts"]:
            self.add(
                "dm_former_looked_after",
                ids[str(row["child_id"])],
                self.when(row["contacted_on"]),
                self.local("in_touch", row["in_touch_code"]),
                self.local("activity", row["activity_code"]),
                self.local("accommodation", row["accommodation_code"]),
            )
        for row in histories["social_worker_allocations"]:
            self.add(
                "dm_professional_relationships",
                ids[str(row["child_id"])],
                str(row["worker_id"]),
                "Allocated Social Worker",
                self.when(row["started_on"]),
                self.until(row["ended_on"]),
                self.messy(row["reason_code"]),
            )

    def mapping_groups(self) -> None:
        for domain, (group, _, _) in GROUPS.items():
            for code, local in sorted(self.vocab[domain].items()):
                self.add("dm_mapping_groups", group, local, code)
        for local, code in (("Yes", "Y"), ("No", "N"), ("Not applicable", "NA")):
            self.add("dm_mapping_groups", "Child Offered Return Interview Types", local, code)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for table in TABLES:
            path = folder / FAMILY.file_name(table)
            with path.open("w", encoding="utf-8", newline="") as handle:
                out = csv.writer(handle, lineterminator="\n")
                out.writerow(table.columns)
                out.writerows(self.tables[table.name])


def write(folder: Path, la: str, histories: dict[str, list[Row]], seed: int) -> None:
    """Write one LA's mosaic extract (one CSV per DM table) into `folder`."""
    writer = _Writer(la, seed)
    ids = writer.persons(histories)
    writer.references(histories, ids)
    statuses = writer.legal_statuses(histories, ids)
    writer.care(histories, ids, statuses)
    writer.forms(histories, ids)
    writer.leavers_and_workers(histories, ids)
    writer.duplicates_and_tests(histories, ids)
    writer.mapping_groups()
    writer.save(folder)
