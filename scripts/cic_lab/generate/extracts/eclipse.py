"""The eclipse extract writer: one LA's histories as Eclipse-like (OLM) reporting views.

One CSV per table of the family's declaration (`contracts/cms/eclipse.yml`), named as the view
(personview.csv ...), utf-8, '\\n' line endings, dates as ISO timestamps ('YYYY-MM-DDTHH:MM:SS').
Quirks a real Eclipse extract has and staging must clean (each undoable exactly):
- int `personid` keys everywhere; the 903 CHILD id is the legacy `carefirstid` on personview;
- local descriptive codes (placement type CHLD_HOME, legal status FULL_CARE_ORDER, ethnicity
  WHITE_BRITISH, sex 'Male' ...) mapped by the local_code_map seed (LOCAL_CODES below), some of
  them by date: SUPP_ACCOM is H5 before 1 April 2024 and K3 from then; OTH_1..OTH_4 are Z1
  before 1 April 2025 and Z11..Z14 from then; codes arrive in mixed case with stray spaces;
- duplicate person records (another personid, same carefirstid, duplicated='DUPLICATE' or
  'DUPLICATE' in the name) and test persons (surname TEST, or a personid in the admin range
  9900000-9999999) carrying whole cloned histories: both must be left out;
- one claepisodeofcareview row per legal status x placement x carer/address change: a legal
  status and a placement each span several contiguous rows that staging merges;
- open-ended dates sometimes as the placeholder 9999-12-31, no date of death as 1900-01-01;
- reviews, missing episodes, adoption, outcomes, UASC, DoL orders and a mother's first child's
  birth date as form answers (one row per answered control; unanswered controls have no row);
- noise rows staging must filter: NHS numbers among the reference numbers, correspondence
  addresses, IRO allocations among the social worker allocations.
"""

from __future__ import annotations

import csv
import random
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from pathlib import Path

from cic.contracts import cms_family
from cic_lab.generate.geography import stable_int
from cic_lab.generate.history import CONTRACT, OC2_ITEMS, Row

FAMILY = cms_family("eclipse")
TABLES = FAMILY.tables
K3_FROM = "2024-04-01"
Z_SPLIT = "2025-04-01"
TEST_IDS = 9_900_000  # admin/test persons: personid from here to 9_999_999

# (domain, local value, DfE code, valid_from, valid_to, note): the seed rows for eclipse.
LOCAL_CODES: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("sex", "Male", "M", "", "", "persondemographicsview.sex"),
    ("sex", "Female", "F", "", "", "persondemographicsview.sex"),
    ("ethnicity", "WHITE_BRITISH", "WBRI", "", "", "ethnicitycode"),
    ("ethnicity", "WHITE_ENGLISH", "WBRI", "", "", "ethnicitycode, synonym"),
    ("ethnicity", "WHITE_SCOTTISH", "WBRI", "", "", "ethnicitycode, synonym"),
    ("ethnicity", "WHITE_WELSH", "WBRI", "", "", "ethnicitycode, synonym"),
    ("ethnicity", "WHITE_IRISH", "WIRI", "", "", "ethnicitycode"),
    ("ethnicity", "WHITE_OTHER", "WOTH", "", "", "ethnicitycode"),
    ("ethnicity", "WHITE_POLISH", "WOTH", "", "", "ethnicitycode, synonym"),
    ("ethnicity", "IRISHTRAVELLER", "WIRT", "", "", "ethnicitycode"),
    ("ethnicity", "GYPSY/ROMA", "WROM", "", "", "ethnicitycode"),
    ("ethnicity", "MIXED_WHITE_BLACK_CARIBBEAN", "MWBC", "", "", "ethnicitycode"),
    ("ethnicity", "MIXED_WHITE_BLACK_AFRICAN", "MWBA", "", "", "ethnicitycode"),
    ("ethnicity", "MIXED_WHITE_ASIAN", "MWAS", "", "", "ethnicitycode"),
    ("ethnicity", "MIXED_OTHER", "MOTH", "", "", "ethnicitycode"),
    ("ethnicity", "ASIAN_INDIAN", "AIND", "", "", "ethnicitycode"),
    ("ethnicity", "ASIAN_PAKISTANI", "APKN", "", "", "ethnicitycode"),
    ("ethnicity", "ASIAN_BANGLADESHI", "ABAN", "", "", "ethnicitycode"),
    ("ethnicity", "ASIAN_OTHER", "AOTH", "", "", "ethnicitycode"),
    ("ethnicity", "BLACK_CARIBBEAN", "BCRB", "", "", "ethnicitycode"),
    ("ethnicity", "BLACK_AFRICAN", "BAFR", "", "", "ethnicitycode"),
    ("ethnicity", "BLACK_OTHER", "BOTH", "", "", "ethnicitycode"),
    ("ethnicity", "CHINESE", "CHNE", "", "", "ethnicitycode"),
    ("ethnicity", "OTHER_ETHNIC", "OOTH", "", "", "ethnicitycode"),
    ("ethnicity", "REFUSED", "REFU", "", "", "ethnicitycode"),
    ("ethnicity", "NOT_OBTAINED", "NOBT", "", "", "ethnicitycode"),
    ("category_of_need", "Abuse or neglect", "N1", "", "", "primaryneedcategory"),
    ("category_of_need", "Child's disability", "N2", "", "", "primaryneedcategory"),
    ("category_of_need", "Parental illness or disability", "N3", "", "", "primaryneedcategory"),
    ("category_of_need", "Family in acute stress", "N4", "", "", "primaryneedcategory"),
    ("category_of_need", "Family dysfunction", "N5", "", "", "primaryneedcategory"),
    ("category_of_need", "Socially unacceptable behaviour", "N6", "", "", "primaryneedcategory"),
    ("category_of_need", "Low income", "N7", "", "", "primaryneedcategory"),
    ("category_of_need", "Absent parenting", "N8", "", "", "primaryneedcategory"),
    ("legal_status", "INTERIM_CARE_ORDER", "C1", "", "", "legalstatus"),
    ("legal_status", "FULL_CARE_ORDER", "C2", "", "", "legalstatus"),
    ("legal_status", "FREEING_ORDER", "D1", "", "", "legalstatus"),
    ("legal_status", "PLACEMENT_ORDER", "E1", "", "", "legalstatus"),
    ("legal_status", "S20_SINGLE_PERIOD", "V2", "", "", "legalstatus"),
    ("legal_status", "S20_SHORT_BREAK_SINGLE", "V3", "", "", "legalstatus"),
    ("legal_status", "S20_SHORT_BREAK_SERIES", "V4", "", "", "legalstatus"),
    ("legal_status", "POLICE_PROTECTION", "L1", "", "", "legalstatus"),
    ("legal_status", "EMERGENCY_PROTECTION_ORDER", "L2", "", "", "legalstatus"),
    ("legal_status", "CHILD_ASSESSMENT_ORDER", "L3", "", "", "legalstatus"),
    ("legal_status", "REMAND_TO_LA", "J1", "", "", "legalstatus"),
    ("legal_status", "PACE_TRANSFER", "J2", "", "", "legalstatus"),
    ("legal_status", "YOUTH_REHAB_ORDER", "J3", "", "", "legalstatus"),
    ("placement_type", "APP_ADOPT", "A3", "", "", "placed for adoption with consent, FFA carer"),
    ("placement_type", "CONS_ADOPT_NOTFP", "A4", "", "", "placed for adoption with consent"),
    ("placement_type", "ORD_ADOPT_FP", "A5", "", "", "placement order, FFA carer"),
    ("placement_type", "ORD_ADOPT_NOTFP", "A6", "", "", "placement order"),
    ("placement_type", "SEC_CHLD_HOME", "K1", "", "", "secure children's home"),
    ("placement_type", "CHLD_HOME", "K2", "", "", "children's home"),
    (
        "placement_type",
        "SUPP_ACCOM",
        "H5",
        "",
        "2024-03-31",
        "supported accommodation: H5 up to 2023-24",
    ),
    (
        "placement_type",
        "SUPP_ACCOM",
        "K3",
        "2024-04-01",
        "",
        "supported accommodation: K3 from 2024-25",
    ),
    ("placement_type", "NO_CHREGS", "H5", "", "", "not subject to children's homes regs"),
    ("placement_type", "PARENT", "P1", "", "", "placed with parents"),
    ("placement_type", "IND_LIV", "P2", "", "", "independent living"),
    ("placement_type", "RES_EMPLOY", "P3", "", "", "residential employment"),
    ("placement_type", "RES_CARE", "R1", "", "", "residential care home"),
    ("placement_type", "NHS", "R2", "", "", "NHS/health setting"),
    ("placement_type", "FAM_CENTRE", "R3", "", "", "family centre or mother and baby unit"),
    ("placement_type", "YOI", "R5", "", "", "youth detention accommodation"),
    ("placement_type", "RES_SCH", "S1", "", "", "residential school"),
    ("placement_type", "TEMP_ALL", "T0", "", "", "temporary move"),
    ("placement_type", "TEMP_HOSPITAL", "T1", "", "", "temporary: hospital"),
    ("placement_type", "TEMP_HOLIDAY", "T2", "", "", "temporary: holiday"),
    ("placement_type", "TEMP_CARER_HOLIDAY", "T3", "", "", "temporary: carer on holiday"),
    ("placement_type", "TEMP_OTHER", "T4", "", "", "temporary: seven days or less"),
    ("placement_type", "REL", "U1", "", "", "relative/friend, long term"),
    ("placement_type", "REL_FFA", "U2", "", "", "relative/friend, FFA"),
    ("placement_type", "REL_NOT_LT_ADOPT", "U3", "", "", "relative/friend, other"),
    ("placement_type", "LT", "U4", "", "", "other foster carer, long term"),
    ("placement_type", "FFA", "U5", "", "", "other foster carer, FFA"),
    ("placement_type", "NOT_LT_ADOPT", "U6", "", "", "other foster carer, other"),
    ("placement_type", "OTH", "Z1", "", "2025-03-31", "other placement: Z1 up to 2024-25"),
    *(
        row
        for n in range(1, 5)
        for row in (
            (
                "placement_type",
                f"OTH_{n}",
                "Z1",
                "",
                "2025-03-31",
                f"other placement kind {n}: Z1 up to 2024-25",
            ),
            (
                "placement_type",
                f"OTH_{n}",
                f"Z1{n}",
                "2025-04-01",
                "",
                f"other placement kind {n}: Z1{n} from 2025-26",
            ),
        )
    ),
    ("placement_provider", "PARENTS", "PR0", "", "", "placementprovisioncode"),
    ("placement_provider", "OWN_LA", "PR1", "", "", "placementprovisioncode"),
    ("placement_provider", "OTHER_LA", "PR2", "", "", "placementprovisioncode"),
    ("placement_provider", "OTHER_PUBLIC", "PR3", "", "", "placementprovisioncode"),
    ("placement_provider", "PRIVATE", "PR4", "", "", "placementprovisioncode"),
    ("placement_provider", "VOLUNTARY", "PR5", "", "", "placementprovisioncode"),
    ("placement_change_reason", "CARE_PLAN", "CARPL", "", "", "placementchangereasoncode"),
    ("placement_change_reason", "PROVIDER_CLOSED", "CLOSE", "", "", "placementchangereasoncode"),
    ("placement_change_reason", "ALLEGATION", "ALLEG", "", "", "placementchangereasoncode"),
    ("placement_change_reason", "STANDARDS", "STAND", "", "", "placementchangereasoncode"),
    ("placement_change_reason", "APPROVAL_REMOVED", "APPRR", "", "", "placementchangereasoncode"),
    ("placement_change_reason", "CARER_REQ_BEHAVIOUR", "CREQB", "", "", "changereasoncode"),
    ("placement_change_reason", "CARER_REQ_OTHER", "CREQO", "", "", "changereasoncode"),
    ("placement_change_reason", "CHILD_REQUEST", "CHILD", "", "", "changereasoncode"),
    ("placement_change_reason", "LA_REQUEST", "LAREQ", "", "", "changereasoncode"),
    ("placement_change_reason", "PLACEMENT_TYPE_CHANGE", "PLACE", "", "", "changereasoncode"),
    ("placement_change_reason", "CUSTODY", "CUSTOD", "", "", "changereasoncode"),
    ("placement_change_reason", "OTHER", "OTHER", "", "", "changereasoncode"),
    ("reason_ceased", "EPISODE_CHANGE", "X1", "", "", "eocendreasoncode: care continues"),
    ("reason_ceased", "ADOPTED_UNOPPOSED", "E11", "", "", "eocendreasoncode"),
    ("reason_ceased", "ADOPTED_CONTESTED", "E12", "", "", "eocendreasoncode"),
    ("reason_ceased", "DIED", "E2", "", "", "eocendreasoncode"),
    ("reason_ceased", "CARE_TAKEN_BY_OTHER_LA", "E3", "", "", "eocendreasoncode"),
    ("reason_ceased", "HOME_PARENTS_PLANNED", "E4A", "", "", "eocendreasoncode"),
    ("reason_ceased", "HOME_PARENTS_UNPLANNED", "E4B", "", "", "eocendreasoncode"),
    ("reason_ceased", "LEFT_FOR_PARENTS_ABROAD", "E13", "", "", "eocendreasoncode"),
    ("reason_ceased", "RESIDENCE_ORDER_CAO", "E41", "", "", "eocendreasoncode"),
    ("reason_ceased", "SGO_FORMER_FOSTER_CARER", "E45", "", "", "eocendreasoncode"),
    ("reason_ceased", "SGO_OTHER_CARER", "E46", "", "", "eocendreasoncode"),
    ("reason_ceased", "SGO_RELATIVE_FOSTER_CARER", "E47", "", "", "eocendreasoncode"),
    ("reason_ceased", "SGO_RELATIVE_OTHER", "E48", "", "", "eocendreasoncode"),
    ("reason_ceased", "INDEPENDENT_LIVING", "E5", "", "", "eocendreasoncode"),
    ("reason_ceased", "ADULT_SOCIAL_CARE", "E6", "", "", "eocendreasoncode"),
    ("reason_ceased", "CUSTODY", "E7", "", "", "eocendreasoncode"),
    ("reason_ceased", "OTHER_REASON", "E8", "", "", "eocendreasoncode"),
    ("reason_ceased", "SENTENCED_CUSTODY", "E9", "", "", "eocendreasoncode"),
    ("reason_ceased", "AGE_ASSESSED_18", "E14", "", "", "eocendreasoncode"),
    ("reason_ceased", "AGE_ASSESSED_OVER_18", "E15", "", "", "eocendreasoncode"),
    ("reason_ceased", "ABSCONDED", "E16", "", "", "eocendreasoncode"),
    ("reason_ceased", "STAYING_PUT", "E17", "", "", "eocendreasoncode"),
    ("review_participation", "UNDER_FOUR", "PN0", "", "", "CLA Review form"),
    ("review_participation", "ATTENDED_SPOKE_FOR_SELF", "PN1", "", "", "CLA Review form"),
    ("review_participation", "ATTENDED_ADVOCATE", "PN2", "", "", "CLA Review form"),
    ("review_participation", "ATTENDED_NON_VERBAL", "PN3", "", "", "CLA Review form"),
    ("review_participation", "ATTENDED_NO_VIEWS", "PN4", "", "", "CLA Review form"),
    ("review_participation", "ABSENT_ADVOCATE", "PN5", "", "", "CLA Review form"),
    ("review_participation", "ABSENT_OTHER_MEANS", "PN6", "", "", "CLA Review form"),
    ("review_participation", "ABSENT_NO_VIEWS", "PN7", "", "", "CLA Review form"),
    ("missing_type", "Missing", "M", "", "", "Missing Or Absent Episode form"),
    ("missing_type", "Absent", "A", "", "", "Missing Or Absent Episode form"),
    ("adoption_reversal_reason", "NEEDS_CHANGED", "RD1", "", "", "Adoption Decision form"),
    ("adoption_reversal_reason", "NO_PLACEMENT_ORDER", "RD2", "", "", "Adoption Decision form"),
    ("adoption_reversal_reason", "ADOPTERS_UNABLE", "RD3", "", "", "Adoption Decision form"),
    ("adoption_reversal_reason", "OTHER_REASON", "RD4", "", "", "Adoption Decision form"),
    ("adopter_sex", "MALE_FEMALE_COUPLE", "MF", "", "", "Adoption Match form"),
    ("adopter_sex", "MALE_COUPLE", "MM", "", "", "Adoption Match form"),
    ("adopter_sex", "FEMALE_COUPLE", "FF", "", "", "Adoption Match form"),
    ("adopter_sex", "SINGLE_MALE", "M1", "", "", "Adoption Match form"),
    ("adopter_sex", "SINGLE_FEMALE", "F1", "", "", "Adoption Match form"),
    ("adopter_legal_status", "SINGLE", "L0", "", "", "Adoption Match form"),
    ("adopter_legal_status", "MARRIED_DIFFERENT_SEX", "L11", "", "", "Adoption Match form"),
    ("adopter_legal_status", "MARRIED_SAME_SEX", "L12", "", "", "Adoption Match form"),
    ("adopter_legal_status", "CIVIL_PARTNERS", "L2", "", "", "Adoption Match form"),
    ("adopter_legal_status", "UNMARRIED_COUPLE", "L3", "", "", "Adoption Match form"),
    ("adopter_legal_status", "OTHER_COUPLE", "L4", "", "", "Adoption Match form"),
    ("yes_no", "Yes", "1", "", "", "yes/no answers of forms"),
    ("yes_no", "No", "0", "", "", "yes/no answers of forms"),
    ("sdq_reason", "NO_FORM_RETURNED", "SDQ1", "", "", "Health Outcomes form"),
    ("sdq_reason", "CARER_REFUSED", "SDQ2", "", "", "Health Outcomes form"),
    ("sdq_reason", "NOT_POSSIBLE_DISABILITY", "SDQ3", "", "", "Health Outcomes form"),
    ("sdq_reason", "CHILD_REFUSED", "SDQ4", "", "", "Health Outcomes form"),
    ("sdq_reason", "OTHER_REASON", "SDQ5", "", "", "Health Outcomes form"),
    ("previous_permanence", "ADOPTION", "P1", "", "", "claperiodofcareview"),
    ("previous_permanence", "SPECIAL_GUARDIANSHIP", "P2", "", "", "claperiodofcareview"),
    ("previous_permanence", "RESIDENCE_ORDER", "P3", "", "", "claperiodofcareview"),
    ("previous_permanence", "CHILD_ARRANGEMENTS_ORDER", "P4", "", "", "claperiodofcareview"),
    ("previous_permanence", "NONE", "Z1", "", "", "claperiodofcareview"),
    ("care_leaver_in_touch", "IN_TOUCH", "YES", "", "", "Care Leaver Contact form"),
    ("care_leaver_in_touch", "NOT_IN_TOUCH", "NO", "", "", "Care Leaver Contact form"),
    ("care_leaver_in_touch", "DIED", "DIED", "", "", "Care Leaver Contact form"),
    ("care_leaver_in_touch", "REFUSED_CONTACT", "REFU", "", "", "Care Leaver Contact form"),
    ("care_leaver_in_touch", "NOT_REQUIRED", "NREQ", "", "", "Care Leaver Contact form"),
    ("care_leaver_in_touch", "RETURNED_HOME", "RHOM", "", "", "Care Leaver Contact form"),
    *(
        ("care_leaver_activity", local, code, "", "", "Care Leaver Contact form")
        for local, code in (
            ("HIGHER_EDUCATION_FT", "F1"),
            ("HIGHER_EDUCATION_PT", "P1"),
            ("OTHER_EDUCATION_FT", "F2"),
            ("OTHER_EDUCATION_PT", "P2"),
            ("TRAINING_EMPLOYMENT_FT", "F4"),
            ("TRAINING_EMPLOYMENT_PT", "P4"),
            ("EMPLOYMENT_FT", "F5"),
            ("EMPLOYMENT_PT", "P5"),
            ("NEET_ILLNESS", "G4"),
            ("NEET_OTHER", "G5"),
            ("NEET_PARENTING", "G6"),
            ("NO_INFORMATION", "0"),
        )
    ),
    *(
        ("care_leaver_accommodation", f"{local}{suffix}", f"{code}{digit}", "", "", "Care Leaver")
        for local, code in (
            ("PARENTS_RELATIVES", "B"),
            ("COMMUNITY_HOME", "C"),
            ("SEMI_INDEPENDENT", "D"),
            ("SUPPORTED_LODGINGS", "E"),
            ("GONE_ABROAD", "G"),
            ("DEPORTED", "H"),
            ("ORDINARY_LODGINGS", "K"),
            ("RESIDENCE_NOT_KNOWN", "R"),
            ("NO_FIXED_ABODE", "S"),
            ("FOYER", "T"),
            ("INDEPENDENT_LIVING", "U"),
            ("EMERGENCY_ACCOM", "V"),
            ("BED_AND_BREAKFAST", "W"),
            ("IN_CUSTODY", "X"),
            ("OTHER_ACCOM", "Y"),
            ("FORMER_FOSTER_CARERS", "Z"),
        )
        for suffix, digit in (("_SUITABLE", "1"), ("_UNSUITABLE", "2"))
    ),
    ("care_leaver_accommodation", "NO_INFORMATION", "0", "", "", "Care Leaver Contact form"),
    ("sw_reason", "FIRST_CONTACT", "FCONTA", "", "", "allocationreasoncode"),
    ("sw_reason", "MANAGEMENT_DECISION", "MANAGE", "", "", "allocationreasoncode"),
    ("sw_reason", "WORKER_LEFT_ROLE", "LEFTRL", "", "", "allocationreasoncode"),
    ("sw_reason", "RESTRUCTURE", "ORGRST", "", "", "allocationreasoncode"),
    ("sw_reason", "TEAM_TRANSFER", "TSPROC", "", "", "allocationreasoncode"),
    ("sw_reason", "WORKER_ABSENCE", "ABSENC", "", "", "allocationreasoncode"),
    ("sw_reason", "CHILD_REQUEST", "CHCHAN", "", "", "allocationreasoncode"),
    ("sw_reason", "PARENT_CARER_REQUEST", "PCCHAN", "", "", "allocationreasoncode"),
    ("sw_reason", "WORKER_DIED", "SWDIED", "", "", "allocationreasoncode"),
    ("sw_reason", "OTHER", "OTHERS", "", "", "allocationreasoncode"),
)

# Local start reasons of an episode row (informational: the warehouse derives RNE itself).
START_REASONS = {
    "S": "NEW_PERIOD",
    "L": "LEGAL_STATUS_CHANGE",
    "P": "PLACEMENT_CARER_CHANGE",
    "T": "PLACEMENT_CHANGE_SAME_CARER",
    "B": "LEGAL_PLACEMENT_CARER_CHANGE",
    "U": "LEGAL_PLACEMENT_CHANGE_SAME_CARER",
    "": "CARER_DETAILS_CHANGE",
}
FORENAMES = ("Alex", "Sam", "Jamie", "Charlie", "Riley", "Morgan", "Jordan", "Casey", "Robin")
SURNAMES = ("Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Wright", "Hall")
OPEN = "9999-12-31"


class _Codes:
    """Local values for a DfE code on a date: the inverse of LOCAL_CODES, exact by design."""

    def __init__(self) -> None:
        self.by_code: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
        for domain, local, code, start, end, _ in LOCAL_CODES:
            self.by_code[domain, code].append((local, start, end))

    def local(self, rng: random.Random, domain: str, code: str | None, on: str = "") -> str:
        if code is None:
            return ""
        options = [
            local
            for local, start, end in self.by_code[domain, code]
            if not on or ((not start or start <= on) and (not end or on <= end))
        ]
        if not options:
            raise ValueError(f"eclipse: no local {domain} value for a DfE code on {on}")
        value = options[0] if len(options) == 1 else rng.choice(options)
        return _quirk(rng, value)


def _quirk(rng: random.Random, value: str) -> str:
    """Mixed case and stray spaces, as keyed by hand (staging compares trimmed, upper-cased)."""
    x = rng.random()
    if x < 0.06:
        return value.lower()
    if x < 0.09:
        return value.title()
    if x < 0.13:
        return f" {value}"
    if x < 0.17:
        return f"{value}  "
    return value


def _ts(day: str | None, rng: random.Random | None = None) -> str:
    """An ISO timestamp; with `rng`, a time of day too."""
    if day is None:
        return ""
    if rng is None:
        return f"{day}T00:00:00"
    return f"{day}T{rng.randrange(7, 23):02d}:{rng.randrange(60):02d}:00"


def _open_end(day: str | None, rng: random.Random) -> str:
    """An end date; open ends sometimes as the 9999-12-31 placeholder."""
    if day is None:
        return _ts(OPEN) if rng.random() < 0.3 else ""
    return _ts(day)


def _guid(name: str) -> str:
    return str(uuid.UUID(int=(stable_int("eclipse-design", name) << 64) | stable_int(name)))


class _Extract:
    """The rows of every view, filled child by child."""

    def __init__(self, la: str, seed: int) -> None:
        self.rng = random.Random(stable_int(seed, "eclipse", la))
        self.codes = _Codes()
        self.rows: dict[str, list[list[str]]] = {t.name: [] for t in TABLES}
        self.next_id: dict[str, int] = defaultdict(lambda: 1000)
        self.used: set[int] = set()

    def new_id(self, kind: str) -> str:
        self.next_id[kind] += 1
        return str(self.next_id[kind])

    def person_id(self, test: bool = False) -> int:
        low, high = (TEST_IDS, TEST_IDS + 99_999) if test else (100_000, TEST_IDS - 1)
        while True:
            pid = self.rng.randint(low, high)
            if pid not in self.used:
                self.used.add(pid)
                return pid

    def add(self, table: str, *values: str) -> None:
        self.rows[table].append(list(values))

    # ------------------------------------------------------------------ people
    def person(self, rows: dict[str, list[Row]], cid: str, pid: str, kind: str) -> None:
        """One personview record; kind is '' (real), 'test', 'testname', 'dup' or 'dupname'."""
        rng = self.rng
        person = rows["people"][0]
        forename, surname = rng.choice(FORENAMES), rng.choice(SURNAMES)
        duplicated = ""
        if kind == "testname":
            surname = rng.choice(("TEST", "Test", "test "))
        elif kind == "dup":
            duplicated = rng.choice(("DUPLICATE", "DUPLICATE", "Duplicate "))
        elif kind == "dupname":
            surname = f"{surname} DUPLICATE"
        died = _ts("1900-01-01") if rng.random() < 0.2 else ""
        created = _ts(person["born_on"], rng)
        self.add(
            "personview",
            pid,
            cid,
            forename,
            surname,
            _ts(person["born_on"]),
            died,
            duplicated,
            created,
        )
        sex = {"M": "Male", "F": "Female"}[person["sex_code"] or "M"]
        self.add(
            "persondemographicsview",
            pid,
            self.codes.local(rng, "sex", person["sex_code"]),
            {"Male": "Man", "Female": "Woman"}[sex],
            self.codes.local(rng, "ethnicity", person["ethnicity_code"]),
            rng.choice(("British", "British", "British", "")),
        )
        for ident in rows["person_identifiers"]:
            value = ident["identifier_value"] or ""
            if rng.random() < 0.05:
                value = value.lower()
            self.add(
                "referencenumberpersonview",
                self.new_id("ref"),
                pid,
                _quirk(rng, ident["identifier_type"] or ""),
                value,
                _ts(ident["valid_from"]),
                _open_end(ident["valid_to"], rng),
            )
        if rng.random() < 0.5:  # noise: an NHS number
            nhs = "".join(str(rng.randrange(10)) for _ in range(10))
            self.add(
                "referencenumberpersonview",
                self.new_id("ref"),
                pid,
                "NHS",
                nhs,
                _ts(person["born_on"]),
                "",
            )
        for address in rows["home_addresses"]:
            self.address(
                pid, "HOME", address["postcode"], address["valid_from"], address["valid_to"]
            )
            if rng.random() < 0.1:  # noise: a correspondence address
                self.address(
                    pid, "CORRESPONDENCE", address["postcode"], address["valid_from"], None
                )

    def address(
        self, pid: str, kind: str, post: str | None, start: str | None, end: str | None
    ) -> None:
        rng = self.rng
        postcode = post or ""
        x = rng.random()
        if x < 0.08:
            postcode = postcode.lower()
        elif x < 0.12:
            postcode = f"{postcode} "
        self.add(
            "addresspersonview",
            self.new_id("address"),
            pid,
            _quirk(rng, kind),
            str(rng.randint(10**10, 10**11)),
            postcode,
            f"{rng.uniform(50.5, 54.5):.6f}",
            f"{rng.uniform(-3.5, 0.5):.6f}",
            _ts(start),
            _open_end(end, rng),
        )

    # ------------------------------------------------------------------ care
    def care(self, rows: dict[str, list[Row]], pid: str) -> dict[str, str]:
        """Periods of care and their episode rows; returns period_of_care_id -> periodofcareid."""
        rng = self.rng
        ids: dict[str, str] = {}
        statuses = list(rows["legal_statuses"])
        placements: dict[str, list[Row]] = defaultdict(list)
        for place in rows["placements"]:
            placements[(place["placement_id"] or "").rsplit("-", 1)[0]].append(place)
        permanence = {r["period_of_care_id"]: r for r in rows["previous_permanence"]}
        for period in sorted(rows["periods_of_care"], key=lambda r: r["started_on"] or ""):
            poc = self.new_id("period")
            ids[period["period_of_care_id"] or ""] = poc
            perm = permanence.get(period["period_of_care_id"], {})
            self.add(
                "claperiodofcareview",
                poc,
                pid,
                _ts(period["started_on"]),
                _ts(period["ended_on"]),
                self.codes.local(rng, "category_of_need", period["category_of_need_code"]),
                self.codes.local(rng, "previous_permanence", perm.get("permanence_option_code")),
                perm.get("permanence_la_code") or "",
                perm.get("permanence_date_text") or "",
            )
            self.episodes(pid, poc, period, placements[period["period_of_care_id"] or ""], statuses)
        return ids

    def episodes(
        self, pid: str, poc: str, period: Row, places: list[Row], statuses: list[Row]
    ) -> None:
        """Legal statuses x placements of one period, walked together; some rows split again
        at a carer/address change. `statuses` is consumed from the front."""
        rng = self.rng
        segments: list[tuple[str, str | None, Row, Row, bool]] = []  # start, end, ls, place, last
        p = 0
        while p < len(places) and statuses:
            place, status = places[p], statuses[0]
            start = max(place["started_on"] or "", status["started_on"] or "")
            p_end, s_end = place["ended_on"] or OPEN, status["ended_on"] or OPEN
            until = min(p_end, s_end)
            segments.append(
                (start, None if until == OPEN else until, status, place, p_end <= s_end)
            )
            if s_end <= p_end:
                statuses.pop(0)
            if p_end <= s_end:
                p += 1
        codes = self.codes
        local_place: dict[int, tuple[str, str, str]] = {}
        local_status: dict[int, str] = {}
        address_id: dict[int, str] = {}
        previous: tuple[Row, Row] | None = None
        for n, (start, end, status, place, last) in enumerate(segments):
            key = id(place)
            if key not in local_place:
                local_place[key] = (
                    codes.local(rng, "placement_type", place["placement_type_code"], start),
                    codes.local(rng, "placement_provider", place["placement_provider_code"]),
                    codes.local(rng, "placement_change_reason", place["reason_changed_code"]),
                )
                address_id[key] = self.new_id("placementaddress")
            if id(status) not in local_status:
                local_status[id(status)] = codes.local(
                    rng, "legal_status", status["legal_status_code"]
                )
            if previous is None:
                rne = "S"
            else:
                ls_changed = previous[0] is not status
                place_changed = previous[1] is not place
                carer_changed = previous[1]["carer_id"] != place["carer_id"]
                if ls_changed and place_changed:
                    rne = "B" if carer_changed else "U"
                elif place_changed:
                    rne = "P" if carer_changed else "T"
                else:
                    rne = "L"
            previous = (status, place)
            final = n == len(segments) - 1
            parts = [(start, end)]
            if end is not None and _days(start, end) >= 6 and rng.random() < 0.15:
                middle = _shift(start, rng.randint(2, _days(start, end) - 2))
                parts = [(start, middle), (middle, end)]
            for k, (a, b) in enumerate(parts):
                last_part = k == len(parts) - 1
                if b is None:
                    end_reason = ""
                elif final and last_part and period["ended_on"] is not None:
                    end_reason = codes.local(rng, "reason_ceased", period["reason_ceased_code"])
                else:
                    end_reason = codes.local(rng, "reason_ceased", "X1")
                if k > 0:
                    address_id[key] = self.new_id("placementaddress")
                type_code, provider, reason = local_place[key]
                self.add(
                    "claepisodeofcareview",
                    self.new_id("episode"),
                    poc,
                    pid,
                    _ts(a),
                    _ts(b),
                    START_REASONS[rne if k == 0 else ""],
                    end_reason,
                    _requirk(rng, local_status[id(status)]),
                    _requirk(rng, type_code),
                    _requirk(rng, provider),
                    _carer_type(place["placement_type_code"]),
                    place["carer_id"] or "",
                    address_id[key],
                    _postcode(rng, place["placement_postcode"]),
                    place["provider_urn"] or "",
                    _requirk(rng, reason) if last and last_part else "",
                )

    # ------------------------------------------------------------------ forms
    def form(self, pid: str, name: str, completed: str, answers: Sequence[tuple[str, str]]) -> None:
        form_id = self.new_id("form")
        guid = _guid(name)
        for control, value in answers:
            if value == "":
                continue
            self.add(
                "formanswerpersonview",
                self.new_id("answer"),
                form_id,
                guid,
                name,
                pid,
                completed,
                control,
                value,
            )

    def forms(self, rows: dict[str, list[Row]], pid: str) -> None:
        rng, codes = self.rng, self.codes
        mother = rows["people"][0]["first_child_born_on"]
        if mother is not None:
            self.form(pid, "Parenthood", _ts(mother, rng), [("firstChildDateOfBirth", _ts(mother))])
        for r in rows["reviews"]:
            when = _ts(r["reviewed_on"], rng)
            part = codes.local(rng, "review_participation", r["participation_code"])
            self.form(
                pid, "CLA Review", when, [("dateOfMeeting", when), ("childParticipation", part)]
            )
        for r in rows["missing_episodes"]:
            seen = _ts(r["started_on"], rng)
            found = _ts(r["ended_on"], rng) if r["ended_on"] else ""
            self.form(
                pid,
                "Missing Or Absent Episode",
                seen,
                [
                    ("dateChildLastSeen", seen),
                    ("absenceType", codes.local(rng, "missing_type", r["missing_type_code"])),
                    ("foundReportDate", found),
                ],
            )
        for r in rows["adoption_decisions"]:
            self.form(
                pid,
                "Adoption Decision",
                _ts(r["decided_on"], rng),
                [
                    ("agencyDecisionDate", _ts(r["decided_on"])),
                    ("decisionReversedDate", _ts(r["reversed_on"])),
                    (
                        "decisionReversedReason",
                        codes.local(rng, "adoption_reversal_reason", r["reversal_reason_code"]),
                    ),
                ],
            )
        for r in rows["adoptions"]:
            self.form(
                pid,
                "Adoption Match",
                _ts(r["matched_on"] or r["decided_on"], rng),
                [
                    ("adoptionDecisionDate", _ts(r["decided_on"])),
                    ("matchedDate", _ts(r["matched_on"])),
                    ("fosteredByAdopters", codes.local(rng, "yes_no", r["fostered_by_adopters"])),
                    ("numberOfAdopters", r["number_of_adopters"] or ""),
                    ("adopterSex", codes.local(rng, "adopter_sex", r["adopter_sex_code"])),
                    (
                        "adopterLegalStatus",
                        codes.local(rng, "adopter_legal_status", r["adopter_legal_status_code"]),
                    ),
                ],
            )
        for r in rows["health_outcomes"]:
            items = [r[c] for c in OC2_ITEMS]
            self.form(
                pid,
                "Health Outcomes",
                _ts(r["year_ending_on"], rng),
                [
                    ("yearEnding", _ts(r["year_ending_on"])),
                    ("sdqScore", items[0] or ""),
                    ("sdqReason", codes.local(rng, "sdq_reason", items[1])),
                    *(
                        (control, codes.local(rng, "yes_no", value))
                        for control, value in zip(OC2_CONTROLS, items[2:], strict=True)
                    ),
                ],
            )
        for r in rows["care_leaver_contacts"]:
            self.form(
                pid,
                "Care Leaver Contact",
                _ts(r["contacted_on"], rng),
                [
                    ("contactDate", _ts(r["contacted_on"])),
                    ("inTouch", codes.local(rng, "care_leaver_in_touch", r["in_touch_code"])),
                    ("mainActivity", codes.local(rng, "care_leaver_activity", r["activity_code"])),
                    (
                        "accommodation",
                        codes.local(rng, "care_leaver_accommodation", r["accommodation_code"]),
                    ),
                ],
            )
        for r in rows["uasc_statuses"]:
            self.form(
                pid,
                "UASC Status",
                _ts(r["started_on"], rng),
                [("uascStartDate", _ts(r["started_on"])), ("uascEndDate", _ts(r["ended_on"]))],
            )
        for r in rows["dol_orders"]:
            self.form(
                pid,
                "DoL Order",
                _ts(r["started_on"], rng),
                [("orderStartDate", _ts(r["started_on"])), ("orderEndDate", _ts(r["ended_on"]))],
            )

    def workers(self, rows: dict[str, list[Row]], pid: str) -> None:
        rng = self.rng
        for r in rows["social_worker_allocations"]:
            self.add(
                "workerallocationpersonview",
                self.new_id("allocation"),
                pid,
                r["worker_id"] or "",
                _quirk(rng, "SOCIAL_WORKER"),
                _ts(r["started_on"]),
                _open_end(r["ended_on"], rng),
                self.codes.local(rng, "sw_reason", r["reason_code"]),
            )
            if rng.random() < 0.08:  # noise: an IRO allocated alongside
                self.add(
                    "workerallocationpersonview",
                    self.new_id("allocation"),
                    pid,
                    f"IRO{rng.randrange(1000):03d}",
                    "IRO",
                    _ts(r["started_on"]),
                    "",
                    "",
                )


OC2_CONTROLS = (
    "convicted",
    "healthCheck",
    "immunisations",
    "teethCheck",
    "healthAssessment",
    "substanceMisuse",
    "interventionReceived",
    "interventionOffered",
)


def _days(a: str, b: str) -> int:
    return (date.fromisoformat(b) - date.fromisoformat(a)).days


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def _requirk(rng: random.Random, value: str) -> str:
    """The same local value keyed again on another row: its own case and spaces."""
    return _quirk(rng, value.strip().upper()) if value and rng.random() < 0.3 else value


def _postcode(rng: random.Random, post: str | None) -> str:
    if post is None:
        return ""
    return post.lower() if rng.random() < 0.05 else post


def _carer_type(code: str | None) -> str:
    first = (code or " ")[0]
    return {"U": "FOSTER_CARER", "A": "ADOPTER", "K": "RESIDENTIAL", "P": "PARENT"}.get(
        first, "OTHER"
    )


def _by_child(histories: dict[str, list[Row]]) -> dict[str, dict[str, list[Row]]]:
    children: dict[str, dict[str, list[Row]]] = {}
    for person in histories["people"]:
        children[person["child_id"] or ""] = {entity: [] for entity in CONTRACT}
    for entity, columns in CONTRACT.items():
        for row in histories.get(entity, []):
            full = {column: row[column] for column in columns}
            children[row["child_id"] or ""][entity].append(full)
    return children


def _write_csv(path: Path, header: Iterable[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def write(folder: Path, la: str, histories: dict[str, list[Row]], seed: int) -> None:
    """One CSV per eclipse view for one LA's children, quirks included."""
    folder.mkdir(parents=True, exist_ok=True)
    extract = _Extract(la, seed)
    rng = extract.rng
    children = _by_child(histories)
    for cid, rows in children.items():
        pid = str(extract.person_id())
        extract.person(rows, cid, pid, "")
        extract.care(rows, pid)
        extract.forms(rows, pid)
        extract.workers(rows, pid)
        if rng.random() < 0.015:  # a duplicate person record of the same child
            extract.person(rows, cid, str(extract.person_id()), rng.choice(("dup", "dupname")))
    cloned = sorted(children)
    for n in range(min(4, len(cloned))):  # test persons: whole cloned histories
        rows = children[rng.choice(cloned)]
        test_id = n % 2 == 0
        pid = str(extract.person_id(test=test_id))
        extract.person(rows, f"9{n:09d}", pid, "test" if test_id else "testname")
        extract.care(rows, pid)
        extract.forms(rows, pid)
        extract.workers(rows, pid)
    for table in TABLES:
        _write_csv(folder / FAMILY.file_name(table), table.columns, extract.rows[table.name])
