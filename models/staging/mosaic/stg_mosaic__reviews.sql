-- Reviews (CDM contract): one per 'Looked After Review' form, with the child's participation.
with

forms as (

    select
        la_code,
        workflow_step_id,
        child_id,
        max(case when question = 'Date of review' then date_answer end) as reviewed_on,
        max(case when question = 'Participation' then upper(text_answer) end)
            as participation_code
    from {{ ref('base_mosaic__form_answers') }}
    where filter_name = 'Looked After Review'
    group by la_code, workflow_step_id, child_id

)

select
    la_code,
    child_id,
    reviewed_on,
    participation_code
from forms
