"""The eclipse extract shape: an Eclipse-like (OLM) set of PostgreSQL reporting views.

Lower-case view and column names, ISO timestamps, int person keys (the 903 CHILD id is the
legacy `carefirstid`), local descriptive codes that need the local_code_map seed, duplicate and
test person records, one episode row per legal status x placement x carer/address change, and
the rest (reviews, missing, adoption, outcomes, UASC, DoL orders) as form answers.
"""

from __future__ import annotations

from cic.cms.shape import extract_table
from cic.ssda903 import Table

TABLES: tuple[Table, ...] = (
    extract_table(
        "personview",
        "personid carefirstid forename surname dateofbirth dieddate duplicated createddatetime",
    ),
    extract_table("persondemographicsview", "personid sex gender ethnicitycode nationality"),
    extract_table(
        "referencenumberpersonview",
        "referencenumberid personid referencetypecode referencenumber startdate enddate",
    ),
    extract_table(
        "addresspersonview",
        "addressid personid addresstype uprn postcode latitude longitude startdate enddate",
    ),
    extract_table(
        "claperiodofcareview",
        "periodofcareid personid admissiondate dischargedate primaryneedcategory "
        "previouspermanenceoption previouspermanencela previouspermanencedate",
    ),
    extract_table(
        "claepisodeofcareview",
        "episodeofcareid periodofcareid personid eocstartdate eocenddate eocstartreasoncode "
        "eocendreasoncode legalstatus placementtypecode placementprovisioncode carertype "
        "carerid placementaddressid placementpostcode ofstedurn placementchangereasoncode",
    ),
    extract_table(
        "formanswerpersonview",
        "formanswerid formid designguid formname personid datecompleted controlname answervalue",
    ),
    extract_table(
        "workerallocationpersonview",
        "allocationid personid workerid allocationtype startdate enddate allocationreasoncode",
    ),
)
