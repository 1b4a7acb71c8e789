-- Deprivation of liberty orders (CDM contract): one per 'DoL Order' form.
with

forms as (

    {{ cms_form_answers('eclipse', 'dol order', [
        ('started_on', 'orderstartdate', 'answer_date'),
        ('ended_on', 'orderenddate', 'answer_date'),
    ]) }}

)

select
    la_code,
    child_id,
    started_on,
    ended_on
from forms
