-- CDM missing episodes from LCS FACT_MISSING_PERSON: 'Missing'/'Absent' mapped to M/A by
-- local_code_map (domain missing_type); start times of day dropped.

with

missing as (

    {{ cms_person_rows('lcs', 'fact_missing_person', 'base_lcs__persons', 'dim_person_id') }}

)

select
    missing.la_code,
    missing.child_id,
    missing_type.code as missing_type_code,
    {{ cms_date('missing.start_dttm') }} as started_on,
    {{ cms_date('missing.end_dttm') }} as ended_on
from missing
{{ cms_coded_join('missing_type', 'lcs', 'missing', 'missing_status') }}
