-- CDM UASC statuses from LCS FACT_IMMIGRATION_STATUS: the rows whose description maps to UASC
-- (local_code_map domain immigration_status); other statuses (refugee) left out.

with

statuses as (

    {{ cms_person_rows('lcs', 'fact_immigration_status', 'base_lcs__persons', 'dim_person_id') }}

)

select
    statuses.la_code,
    statuses.child_id,
    {{ cms_date('statuses.start_dttm') }} as started_on,
    {{ cms_date('statuses.end_dttm') }} as ended_on
from statuses
{{ cms_coded_join('immigration', 'lcs', 'statuses', 'dim_lookup_immgr_status_desc') }}
where immigration.code = 'UASC'
