-- Missing episodes (CDM contract): one per 'Child Absent or Missing (Document)' form, the
-- 'Missing'/'Absent' answer mapped to M/A (local_code_map seed).
with

forms as (

    {{ cms_form_answers('mosaic', 'Child Absent or Missing (Document)', [
        ('missing_type', 'Missing or absent', 'text_answer'),
        ('started_on', 'Date missing from', 'date_answer'),
        ('ended_on', 'Date found or returned', 'date_answer'),
    ]) }}

)

select
    forms.la_code,
    forms.child_id,
    {{ local_code('mt', 'forms.missing_type') }} as missing_type_code,
    forms.started_on,
    forms.ended_on
from forms
{{ local_code_joins('mt', 'mosaic', 'missing_type', 'forms.missing_type', 'forms.la_code') }}
