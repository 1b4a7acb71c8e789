-- Missing episodes (CDM contract): one per 'Missing Or Absent Episode' form; 'Missing' and
-- 'Absent' mapped to M and A; an episode not yet over has no found date.
with

forms as (

    {{ cms_form_answers('eclipse', 'missing or absent episode', [
        ('type_value', 'absencetype', 'answer_value'),
        ('started_on', 'datechildlastseen', 'answer_date'),
        ('ended_on', 'foundreportdate', 'answer_date'),
    ]) }}

)

select
    forms.la_code,
    forms.child_id,
    {{ local_code('mt', 'forms.type_value') }} as missing_type_code,
    forms.started_on,
    forms.ended_on
from forms
{{ local_code_joins('mt', 'eclipse', 'missing_type', 'forms.type_value', 'forms.la_code') }}
