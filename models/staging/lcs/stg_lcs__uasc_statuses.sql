-- CDM UASC statuses from LCS FACT_IMMIGRATION_STATUS: the rows whose description maps to UASC
-- (local_code_map domain immigration_status); other statuses (refugee) left out.

with

statuses as (

    {{ cms_current_rows('lcs', 'fact_immigration_status') }}

),

persons as (

    select * from {{ ref('base_lcs__persons') }}

)

select
    persons.la_code,
    persons.child_id,
    {{ cms_date('statuses.start_dttm') }} as started_on,
    {{ cms_date('statuses.end_dttm') }} as ended_on
from statuses
inner join persons
    on
        statuses._la_code = persons.la_code
        and trim(statuses.dim_person_id) = persons.dim_person_id
{{ local_code_joins('im', 'lcs', 'immigration_status', 'statuses.dim_lookup_immgr_status_desc',
                    'statuses._la_code') }}
where {{ local_code('im', 'statuses.dim_lookup_immgr_status_desc') }} = 'UASC'
