-- UASC statuses (CDM contract): one per 'UASC Status' form.
with

answers as (

    select * from {{ ref('base_mosaic__form_answers') }}
    where filter_name = 'UASC Status'

)

select
    la_code,
    child_id,
    max(case when question = 'Date UASC status started' then date_answer end) as started_on,
    max(case when question = 'Date UASC status ceased' then date_answer end) as ended_on
from answers
group by la_code, workflow_step_id, child_id
