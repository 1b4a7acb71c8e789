-- CDM legal statuses from LCS FACT_LEGAL_STATUS: LCS holds only the description
-- ('Full Care Order'), mapped to the DfE code by local_code_map (domain legal_status).

with

statuses as (

    {{ cms_current_rows('lcs', 'fact_legal_status') }}

),

persons as (

    select * from {{ ref('base_lcs__persons') }}

)

select
    persons.la_code,
    persons.child_id,
    {{ local_code('ls', 'statuses.dim_lookup_lgl_status_desc') }} as legal_status_code,
    {{ cms_date('statuses.start_dttm') }} as started_on,
    {{ cms_date('statuses.end_dttm') }} as ended_on
from statuses
inner join persons
    on
        statuses._la_code = persons.la_code
        and trim(statuses.dim_person_id) = persons.dim_person_id
{{ local_code_joins('ls', 'lcs', 'legal_status', 'statuses.dim_lookup_lgl_status_desc',
                    'statuses._la_code') }}
