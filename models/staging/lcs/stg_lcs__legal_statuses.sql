-- CDM legal statuses from LCS FACT_LEGAL_STATUS: LCS holds only the description
-- ('Full Care Order'), mapped to the DfE code by local_code_map (domain legal_status).

with

statuses as (

    {{ cms_person_rows('lcs', 'fact_legal_status', 'base_lcs__persons', 'dim_person_id') }}

)

select
    statuses.la_code,
    statuses.child_id,
    legal_status.code as legal_status_code,
    {{ cms_date('statuses.start_dttm') }} as started_on,
    {{ cms_date('statuses.end_dttm') }} as ended_on
from statuses
{{ cms_coded_join('legal_status', 'lcs', 'statuses', 'dim_lookup_lgl_status_desc') }}
