-- CDM missing episodes from LCS FACT_MISSING_PERSON: 'Missing'/'Absent' mapped to M/A by
-- local_code_map (domain missing_type); start times of day dropped.

with

missing as (

    {{ cms_current_rows('lcs', 'fact_missing_person') }}

),

persons as (

    select * from {{ ref('base_lcs__persons') }}

)

select
    persons.la_code,
    persons.child_id,
    {{ local_code('mt', 'missing.missing_status') }} as missing_type_code,
    {{ cms_date('missing.start_dttm') }} as started_on,
    {{ cms_date('missing.end_dttm') }} as ended_on
from missing
inner join persons
    on
        missing._la_code = persons.la_code
        and trim(missing.dim_person_id) = persons.dim_person_id
{{ local_code_joins('mt', 'lcs', 'missing_type', 'missing.missing_status', 'missing._la_code') }}
