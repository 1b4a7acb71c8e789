-- Health outcomes (CDM contract): one per 'SSDA903 Health Outcomes' form (a year's OC2 items).
with

answers as (

    select * from {{ ref('base_mosaic__form_answers') }}
    where filter_name = 'SSDA903 Health Outcomes'

)

select
    la_code,
    child_id,
    max(case when question = 'Year ending' then date_answer end) as year_ending_on,
    max(case when question = 'SDQ score' then text_answer end) as sdq_score,
    max(case when question = 'Reason SDQ not completed' then upper(text_answer) end)
        as sdq_reason_code,
    max(case when question = 'Convicted during the year' then text_answer end) as convicted,
    max(case when question = 'Health check up to date' then text_answer end) as health_check,
    max(case when question = 'Immunisations up to date' then text_answer end)
        as immunisations,
    max(case when question = 'Teeth checked' then text_answer end) as teeth_check,
    max(case when question = 'Health assessment up to date' then text_answer end)
        as health_assessment,
    max(case when question = 'Substance misuse problem' then text_answer end)
        as substance_misuse,
    max(case when question = 'Received intervention' then text_answer end)
        as intervention_received,
    max(case when question = 'Offered intervention' then text_answer end)
        as intervention_offered
from answers
group by la_code, workflow_step_id, child_id
