-- UASC statuses (CDM contract): one per 'UASC Status' form.
with

forms as (

    {{ cms_form_answers('eclipse', 'uasc status', [
        ('started_on', 'uascstartdate', 'answer_date'),
        ('ended_on', 'uascenddate', 'answer_date'),
    ]) }}

)

select
    la_code,
    child_id,
    started_on,
    ended_on
from forms
