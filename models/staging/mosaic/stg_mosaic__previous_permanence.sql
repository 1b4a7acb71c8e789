-- Previous permanence (CDM contract): the answers of the 'Child Becomes Looked After' form,
-- tied to the period of care that started on the form's date.
with

forms as (

    {{ cms_form_answers('mosaic', 'Child Becomes Looked After', [
        ('started_on', 'Date became looked after', 'date_answer'),
        ('permanence_option_code', 'Previous permanence option', 'upper(text_answer)'),
        ('permanence_la_code', 'Previous permanence LA', 'upper(text_answer)'),
        ('permanence_date_text', 'Previous permanence order date', 'text_answer'),
    ]) }}

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
