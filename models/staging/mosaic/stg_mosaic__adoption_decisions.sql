-- Adoption decisions (CDM contract): one per 'Adoption Agency Decision' form.
with

forms as (

    select
        la_code,
        workflow_step_id,
        child_id,
        max(case when question = 'Date of decision' then date_answer end) as decided_on,
        max(case when question = 'Date decision reversed' then date_answer end)
            as reversed_on,
        max(case when question = 'Reason decision reversed' then upper(text_answer) end)
            as reversal_reason_code
    from {{ ref('base_mosaic__form_answers') }}
    where filter_name = 'Adoption Agency Decision'
    group by la_code, workflow_step_id, child_id

)

select
    la_code,
    child_id,
    decided_on,
    reversed_on,
    reversal_reason_code
from forms
