"""The mosaic extract shape: a Mosaic-like reporting data mart (DM_* tables).

Persons carry an int PERSON_ID (every other table points to it) and the 903 CHILD id as
LEGACY_ID; periods of care, legal statuses and placements are separate histories; placements are
written as split rows (PLACEMENT_ID + SPLIT_NUMBER) with their details (URN, provider, carer) in
a side table, and DM_CLA_SUMMARIES holds one row per legal-status x placement split. Local codes
are mapped to DfE codes by the LA's own DM_MAPPING_GROUPS; many items live in form answers
(DM_FILTER_FORM_ANSWERS, one row per answered question). Dates are datetimes.
"""

from __future__ import annotations

from cic.cms.shape import extract_table
from cic.ssda903 import Table

TABLES: tuple[Table, ...] = (
    extract_table(
        "dm_persons",
        "PERSON_ID LEGACY_ID GENDER DATE_OF_BIRTH DATE_OF_DEATH FULL_ETHNICITY_CODE "
        "IS_TEST_RECORD DUPLICATE_OF_PERSON_ID",
    ),
    extract_table(
        "dm_person_references", "PERSON_ID REFERENCE_TYPE REFERENCE_VALUE START_DATE END_DATE"
    ),
    extract_table("dm_addresses", "ADDRESS_ID PERSON_ID POSTCODE START_DATE END_DATE"),
    extract_table("dm_periods_of_care", "PERIOD_OF_CARE_ID PERSON_ID START_DATE END_DATE"),
    extract_table(
        "dm_legal_statuses",
        "LEGAL_STATUS_ID PERSON_ID LEGAL_STATUS START_DATE END_DATE IS_RESPITE_CARE",
    ),
    extract_table(
        "dm_placements",
        "PLACEMENT_ID SPLIT_NUMBER PERSON_ID PERIOD_OF_CARE_ID START_DATE END_DATE "
        "PLACEMENT_TYPE CATEGORY_OF_NEED REASON_EPISODE_CEASED REASON_FOR_PLACEMENT_CHANGE",
    ),
    extract_table(
        "dm_placement_details",
        "PLACEMENT_DETAIL_ID PLACEMENT_ID START_DATE OFSTED_URN CIN_PROVIDER_CATEGORY_CODE "
        "CARER_ID POSTCODE",
    ),
    extract_table(
        "dm_cla_summaries",
        "CLA_SUMMARY_ID PERSON_ID PERIOD_OF_CARE_ID LEGAL_STATUS_ID PLACEMENT_ID "
        "PLACEMENT_SPLIT_NUMBER START_DATE END_DATE",
    ),
    extract_table("dm_mapping_groups", "GROUP_NAME MAPPED_VALUE CATEGORY_VALUE"),
    extract_table(
        "dm_filter_form_answers",
        "WORKFLOW_STEP_ID SUBJECT_PERSON_ID FILTER_NAME QUESTION TEXT_ANSWER DATE_ANSWER",
    ),
    extract_table(
        "dm_former_looked_after",
        "PERSON_ID CONTACT_DATE IN_TOUCH MAIN_ACTIVITY ACCOMMODATION",
    ),
    extract_table(
        "dm_professional_relationships",
        "PERSON_ID WORKER_ID RELATIONSHIP_TYPE START_DATE END_DATE END_REASON",
    ),
)
