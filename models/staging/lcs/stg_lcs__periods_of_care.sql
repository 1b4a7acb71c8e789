-- CDM periods of care from LCS FACT_CLA (FACT_CLA_ID is the period of care id).

with

periods as (

    {{ cms_person_rows('lcs', 'fact_cla', 'base_lcs__persons', 'dim_person_id') }}

)

select
    periods.la_code,
    periods.child_id,
    {{ trim_spaces('periods.fact_cla_id') }} as period_of_care_id,
    {{ cms_date('periods.start_dttm') }} as started_on,
    {{ cms_date('periods.end_dttm') }} as ended_on,
    {{ clean_code('periods.cin_903_code') }} as category_of_need_code,
    {{ clean_code('periods.care_reason_end_code') }} as reason_ceased_code
from periods
