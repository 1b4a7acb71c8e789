-- Deprivation of liberty orders (CDM contract): one per 'Deprivation of Liberty Order' form.
with

answers as (

    select * from {{ ref('base_mosaic__form_answers') }}
    where filter_name = 'Deprivation of Liberty Order'

)

select
    la_code,
    child_id,
    max(case when question = 'Date order started' then date_answer end) as started_on,
    max(case when question = 'Date order ended' then date_answer end) as ended_on
from answers
group by la_code, workflow_step_id, child_id
