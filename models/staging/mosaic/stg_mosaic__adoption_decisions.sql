-- Adoption decisions (CDM contract): one per 'Adoption Agency Decision' form.
with

forms as (

    {{ cms_form_answers('mosaic', 'Adoption Agency Decision', [
        ('decided_on', 'Date of decision', 'date_answer'),
        ('reversed_on', 'Date decision reversed', 'date_answer'),
        ('reversal_reason_code', 'Reason decision reversed', 'upper(text_answer)'),
    ]) }}

)

select
    la_code,
    child_id,
    decided_on,
    reversed_on,
    reversal_reason_code
from forms
