"""The lcs extract shape: a Liquidlogic-like (LCS) reporting warehouse star, one CSV per table.

UPPER_SNAKE tables and columns (`DIM_*` / `FACT_*`), int surrogate keys (`DIM_PERSON_ID`, with a
-1 'unknown' person), the 903 CHILD id as `LEGACY_ID`, `_DTTM` datetimes as
'YYYY-MM-DD HH:MM:SS.000' text, DfE codes for most items but legal status only as a description,
'Yes'/'No'/'NA' flags, distance from home as text. Each table lands as raw.lcs__<name>.
"""

from __future__ import annotations

from cic.cms.shape import extract_table
from cic.ssda903 import Table

TABLES: tuple[Table, ...] = (
    extract_table(
        "dim_person",
        "DIM_PERSON_ID LEGACY_ID GENDER_MAIN_CODE ETHNICITY_MAIN_CODE BIRTH_DTTM DOB_ESTIMATED "
        "DEATH_DTTM IS_CLIENT IS_MOTHER FIRST_CHILD_BIRTH_DTTM",
    ),
    extract_table(
        "fact_person_upn", "FACT_PERSON_UPN_ID DIM_PERSON_ID UPN NO_UPN_CODE START_DTTM END_DTTM"
    ),
    extract_table(
        "dim_person_address",
        "DIM_PERSON_ADDRESS_ID DIM_PERSON_ID ADDSS_TYPE_CODE POSTCODE START_DTTM END_DTTM",
    ),
    extract_table(
        "fact_cla",
        "FACT_CLA_ID DIM_PERSON_ID START_DTTM END_DTTM CIN_903_CODE CARE_REASON_END_CODE",
    ),
    extract_table(
        "fact_legal_status",
        "FACT_LEGAL_STATUS_ID DIM_PERSON_ID FACT_CLA_ID DIM_LOOKUP_LGL_STATUS_DESC START_DTTM "
        "END_DTTM",
    ),
    extract_table(
        "fact_cla_placement",
        "FACT_CLA_PLACEMENT_ID FACT_CLA_ID DIM_PERSON_ID START_DTTM END_DTTM "
        "DIM_LOOKUP_PLACEMENT_TYPE_CODE DIM_LOOKUP_PLACEMENT_PROVIDER_CODE OFSTED_URN POSTCODE "
        "DISTANCE_FROM_HOME CARER_ID DIM_LOOKUP_PLAC_CHNG_REAS_CODE",
    ),
    extract_table(
        "fact_cla_review",
        "FACT_CLA_REVIEW_ID FACT_CLA_ID DIM_PERSON_ID DUE_DTTM MEETING_DTTM REVIEW_CANCELLED "
        "DIM_LOOKUP_PARTICIPATION_CODE",
    ),
    extract_table(
        "fact_missing_person",
        "FACT_MISSING_PERSON_ID DIM_PERSON_ID START_DTTM END_DTTM MISSING_STATUS "
        "RETURN_INTERVIEW_OFFERED RETURN_INTERVIEW_ACCEPTED",
    ),
    extract_table(
        "fact_adoption_decision",
        "FACT_ADOPTION_DECISION_ID DIM_PERSON_ID DECISION_DTTM NO_LONGER_PLACED_DTTM "
        "DIM_LOOKUP_NO_LONGER_PLACED_REASON_CODE",
    ),
    extract_table(
        "fact_adoption",
        "FACT_ADOPTION_ID DIM_PERSON_ID FACT_CLA_ID DECISION_DTTM MATCHING_DTTM FOSTER_TO_ADOPT "
        "NUMBER_OF_ADOPTERS DIM_LOOKUP_ADOPTER_GENDER_CODE DIM_LOOKUP_ADOPTER_LEGAL_STATUS_CODE",
    ),
    extract_table("fact_forms", "FACT_FORM_ID DIM_PERSON_ID FACT_CLA_ID FORM_TYPE COMPLETED_DTTM"),
    extract_table("fact_form_answers", "FACT_FORM_ANSWER_ID FACT_FORM_ID ANSWER_NO ANSWER"),
    extract_table(
        "fact_903_data",
        "FACT_903_DATA_ID DIM_PERSON_ID YEAR_END_DTTM SDQ_SCORE SDQ_REASON CONVICTED HEALTH_CHECK "
        "IMMUNISATIONS TEETH_CHECK HEALTH_ASSESSMENT SUBSTANCE_MISUSE INTERVENTION_RECEIVED "
        "INTERVENTION_OFFERED",
    ),
    extract_table(
        "fact_cla_care_leavers",
        "FACT_CLA_CARE_LEAVERS_ID DIM_PERSON_ID IN_TOUCH_DTTM DIM_LOOKUP_IN_TOUCH_CODE_CODE "
        "DIM_LOOKUP_MAIN_ACTIVITY_CODE DIM_LOOKUP_ACCOMMODATION_CODE "
        "DIM_LOOKUP_ACCOMMODATION_SUITABLE_DESC",
    ),
    extract_table(
        "fact_immigration_status",
        "FACT_IMMIGRATION_STATUS_ID DIM_PERSON_ID DIM_LOOKUP_IMMGR_STATUS_DESC START_DTTM END_DTTM",
    ),
    extract_table("dim_worker", "DIM_WORKER_ID STAFF_ID WORKER_ROLE"),
    extract_table(
        "fact_involvements",
        "FACT_INVOLVEMENTS_ID DIM_PERSON_ID DIM_WORKER_ID INVOLVEMENT_TYPE_CODE START_DTTM "
        "END_DTTM DIM_LOOKUP_INVOLVEMENT_REASON_CODE",
    ),
    extract_table("fact_dol_order", "FACT_DOL_ORDER_ID DIM_PERSON_ID START_DTTM END_DTTM"),
)
