-- Reviews (CDM contract): one per 'Looked After Review' form, with the child's participation.
with

forms as (

    {{ cms_form_answers('mosaic', 'Looked After Review', [
        ('reviewed_on', 'Date of review', 'date_answer'),
        ('participation_code', 'Participation', 'upper(text_answer)'),
    ]) }}

)

select
    la_code,
    child_id,
    reviewed_on,
    participation_code
from forms
