-- UASC statuses (CDM contract): one per 'UASC Status' form.
with

forms as (

    {{ cms_form_answers('mosaic', 'UASC Status', [
        ('started_on', 'Date UASC status started', 'date_answer'),
        ('ended_on', 'Date UASC status ceased', 'date_answer'),
    ]) }}

)

select
    la_code,
    child_id,
    started_on,
    ended_on
from forms
