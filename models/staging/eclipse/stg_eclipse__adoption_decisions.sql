-- Adoption decisions (CDM contract): one per 'Adoption Decision' form, the reason a decision
-- was reversed mapped.
with

forms as (

    select
        la_code,
        child_id,
        form_id,
        max(case when control_name = 'agencydecisiondate' then answer_date end) as decided_on,
        max(case when control_name = 'decisionreverseddate' then answer_date end) as reversed_on,
        max(case when control_name = 'decisionreversedreason' then answer_value end)
            as reason_value
    from {{ ref('base_eclipse__form_answers') }}
    where form_name = 'adoption decision'
    group by la_code, child_id, form_id

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
