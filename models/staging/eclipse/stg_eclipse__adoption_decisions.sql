-- Adoption decisions (CDM contract): one per 'Adoption Decision' form, the reason a decision
-- was reversed mapped.
with

forms as (

    {{ cms_form_answers('eclipse', 'adoption decision', [
        ('decided_on', 'agencydecisiondate', 'answer_date'),
        ('reversed_on', 'decisionreverseddate', 'answer_date'),
        ('reason_value', 'decisionreversedreason', 'answer_value'),
    ]) }}

)

select
    forms.la_code,
    forms.child_id,
    forms.decided_on,
    forms.reversed_on,
    {{ local_code('rd', 'forms.reason_value') }} as reversal_reason_code
from forms
{{ local_code_joins(
    'rd', 'eclipse', 'adoption_reversal_reason', 'forms.reason_value', 'forms.la_code'
) }}
