-- Deprivation of liberty orders (CDM contract): one per 'Deprivation of Liberty Order' form.
with

forms as (

    {{ cms_form_answers('mosaic', 'Deprivation of Liberty Order', [
        ('started_on', 'Date order started', 'date_answer'),
        ('ended_on', 'Date order ended', 'date_answer'),
    ]) }}

)

select
    la_code,
    child_id,
    started_on,
    ended_on
from forms
