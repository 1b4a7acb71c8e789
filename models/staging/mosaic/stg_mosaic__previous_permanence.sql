-- Previous permanence (CDM contract): the answers of the 'Child Becomes Looked After' form,
-- tied to the period of care that started on the form's date.
with

forms as (

    select
        la_code,
        workflow_step_id,
        child_id,
        max(case when question = 'Date became looked after' then date_answer end)
            as started_on,
        max(case when question = 'Previous permanence option' then upper(text_answer) end)
            as permanence_option_code,
        max(case when question = 'Previous permanence LA' then upper(text_answer) end)
            as permanence_la_code,
        max(case when question = 'Previous permanence order date' then text_answer end)
            as permanence_date_text
    from {{ ref('base_mosaic__form_answers') }}
    where filter_name = 'Child Becomes Looked After'
    group by la_code, workflow_step_id, child_id

),

periods as (

    select * from {{ ref('stg_mosaic__periods_of_care') }}

)

select
    forms.la_code,
    forms.child_id,
    periods.period_of_care_id,
    forms.permanence_option_code,
    forms.permanence_la_code,
    forms.permanence_date_text
from forms
left join periods
    on
        forms.la_code = periods.la_code
        and forms.child_id = periods.child_id
        and forms.started_on = periods.started_on
