"""The EXPSSDA903 XML layout: which element holds which 903 table and column.

DfE's schema (v3.3.0, 2021) nests every table under CHILD: the HEADER carries the child, UASC,
AD1 and OC3 items and the repeated AMISSING, AREVIEW, PERMANENCE, OC2 and AD_PLACED groups;
EPISODE holds the episodes (CHILDID is the CSV's CHILD, PL its PLACE). SWEpisodes (2023-24) and
DoLO (2026-27) came after that schema; we write them as SWEPISODE and DOLO groups under CHILD,
after the episodes, with the CSV's column names as element names.
"""

from __future__ import annotations

# Element order inside HEADER, as the schema requires it. Each item: (element, table, column).
HEADER_ITEMS: tuple[tuple[str, str, str], ...] = (
    ("CHILDID", "header", "CHILD"),
    ("UPN", "header", "UPN"),
    ("SEX", "header", "SEX"),
    ("DOB", "header", "DOB"),
    ("ETHNIC", "header", "ETHNIC"),
    ("UASC", "header", "UASC"),
    ("DUC", "uasc", "DUC"),
    ("DATE_INT", "ad1", "DATE_INT"),
    ("DATE_MATCH", "ad1", "DATE_MATCH"),
    ("FOSTER_CARE", "ad1", "FOSTER_CARE"),
    ("NB_ADOPTR", "ad1", "NB_ADOPTR"),
    ("SEX_ADOPTR", "ad1", "SEX_ADOPTR"),
    ("LS_ADOPTR", "ad1", "LS_ADOPTR"),
    ("IN_TOUCH", "oc3", "IN_TOUCH"),
    ("ACTIV", "oc3", "ACTIV"),
    ("ACCOM", "oc3", "ACCOM"),
)
# Repeated groups inside HEADER, in schema order, placed around MOTHER and MC_DOB.
HEADER_GROUPS_BEFORE_MOTHER: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("AMISSING", "missing", ("MISSING", "MIS_START", "MIS_END")),
    ("AREVIEW", "reviews", ("REVIEW", "REVIEW_CODE")),
)
MOTHER_ITEMS: tuple[str, ...] = ("MOTHER", "MC_DOB")
HEADER_GROUPS_AFTER_MOTHER: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("PERMANENCE", "prev_perm", ("PREV_PERM", "LA_PERM", "DATE_PERM")),
    (
        "OC2",
        "oc2",
        (
            "SDQ_SCORE",
            "SDQ_REASON",
            "CONVICTED",
            "HEALTH_CHECK",
            "IMMUNISATIONS",
            "TEETH_CHECK",
            "HEALTH_ASSESSMENT",
            "SUBSTANCE_MISUSE",
            "INTERVENTION_RECEIVED",
            "INTERVENTION_OFFERED",
        ),
    ),
    ("AD_PLACED", "placed_adoption", ("DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED")),
)
HEADER_GROUPS = HEADER_GROUPS_BEFORE_MOTHER + HEADER_GROUPS_AFTER_MOTHER

# Groups directly under CHILD, after HEADER. Items: (element, column).
EPISODE_ITEMS: tuple[tuple[str, str], ...] = (
    ("DECOM", "DECOM"),
    ("RNE", "RNE"),
    ("LS", "LS"),
    ("CIN", "CIN"),
    ("PL", "PLACE"),
    ("PL_POST", "PL_POST"),
    ("HOME_POST", "HOME_POST"),
    ("URN", "URN"),
    ("PLACE_PROVIDER", "PLACE_PROVIDER"),
    ("DEC", "DEC"),
    ("REC", "REC"),
    ("REASON_PLACE_CHANGE", "REASON_PLACE_CHANGE"),
)
CHILD_GROUPS: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("EPISODE", "episodes", EPISODE_ITEMS),
    (
        "SWEPISODE",
        "sw_episodes",
        tuple((c, c) for c in ("SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON")),
    ),
    ("DOLO", "dolo", (("DOLO_START", "DOLO_START"), ("DOLO_END", "DOLO_END"))),
)

# Tables the XML holds at most once per child: folded into HEADER (UASC, AD1, OC3 items) or
# groups with maxOccurs 1 (PERMANENCE, OC2).
ONCE_PER_CHILD: tuple[str, ...] = ("uasc", "ad1", "oc3", "prev_perm", "oc2")

# Elements the schema requires even when blank; every other item is left out when blank.
REQUIRED_ELEMENTS: frozenset[str] = frozenset(
    [
        "CHILDID",
        "UPN",
        "SEX",
        "DOB",
        "ETHNIC",
        "UASC",
        "MISSING",
        "MIS_START",
        "REVIEW",
        "REVIEW_CODE",
        "DATE_PLACED",
        "DECOM",
        "RNE",
        "LS",
        "CIN",
        "PL",
        "DEC",
        "REC",
        "SW_ID",
        "SW_DECOM",
        "DOLO_START",
    ]
)

# The tables an XML file delivers: landing one supersedes all of them for its LA and year.
XML_TABLES: tuple[str, ...] = (
    "header",
    "episodes",
    "uasc",
    "reviews",
    "ad1",
    "placed_adoption",
    "prev_perm",
    "oc2",
    "oc3",
    "missing",
    "sw_episodes",
    "dolo",
)
