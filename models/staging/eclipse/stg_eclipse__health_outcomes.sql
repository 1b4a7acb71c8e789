-- Health outcomes (CDM contract): one per 'Health Outcomes' form (the OC2 items of a year),
-- SDQ reason and the Yes/No items mapped; unanswered items are null.
with

forms as (

    select
        la_code,
        child_id,
        form_id,
        max(case when control_name = 'yearending' then answer_date end) as year_ending_on,
        max(case when control_name = 'sdqscore' then answer_value end) as sdq_score,
        max(case when control_name = 'sdqreason' then answer_value end) as sdq_reason_value,
        max(case when control_name = 'convicted' then answer_value end) as convicted_value,
        max(case when control_name = 'healthcheck' then answer_value end) as health_check_value,
        max(case when control_name = 'immunisations' then answer_value end) as immunisations_value,
        max(case when control_name = 'teethcheck' then answer_value end) as teeth_check_value,
        max(case when control_name = 'healthassessment' then answer_value end)
            as health_assessment_value,
        max(case when control_name = 'substancemisuse' then answer_value end)
            as substance_misuse_value,
        max(case when control_name = 'interventionreceived' then answer_value end)
            as intervention_received_value,
        max(case when control_name = 'interventionoffered' then answer_value end)
            as intervention_offered_value
    from {{ ref('base_eclipse__form_answers') }}
    where form_name = 'health outcomes'
    group by la_code, child_id, form_id

)

select
    forms.la_code,
    forms.child_id,
    forms.year_ending_on,
    forms.sdq_score,
    {{ local_code('sdq', 'forms.sdq_reason_value') }} as sdq_reason_code,
    {{ local_code('yn1', 'forms.convicted_value') }} as convicted,
    {{ local_code('yn2', 'forms.health_check_value') }} as health_check,
    {{ local_code('yn3', 'forms.immunisations_value') }} as immunisations,
    {{ local_code('yn4', 'forms.teeth_check_value') }} as teeth_check,
    {{ local_code('yn5', 'forms.health_assessment_value') }} as health_assessment,
    {{ local_code('yn6', 'forms.substance_misuse_value') }} as substance_misuse,
    {{ local_code('yn7', 'forms.intervention_received_value') }} as intervention_received,
    {{ local_code('yn8', 'forms.intervention_offered_value') }} as intervention_offered
from forms
{{ local_code_joins('sdq', 'eclipse', 'sdq_reason', 'forms.sdq_reason_value', 'forms.la_code') }}
{{ local_code_joins('yn1', 'eclipse', 'yes_no', 'forms.convicted_value', 'forms.la_code') }}
{{ local_code_joins('yn2', 'eclipse', 'yes_no', 'forms.health_check_value', 'forms.la_code') }}
{{ local_code_joins('yn3', 'eclipse', 'yes_no', 'forms.immunisations_value', 'forms.la_code') }}
{{ local_code_joins('yn4', 'eclipse', 'yes_no', 'forms.teeth_check_value', 'forms.la_code') }}
{{ local_code_joins('yn5', 'eclipse', 'yes_no', 'forms.health_assessment_value', 'forms.la_code') }}
{{ local_code_joins('yn6', 'eclipse', 'yes_no', 'forms.substance_misuse_value', 'forms.la_code') }}
{{ local_code_joins(
    'yn7', 'eclipse', 'yes_no', 'forms.intervention_received_value', 'forms.la_code'
) }}
{{ local_code_joins(
    'yn8', 'eclipse', 'yes_no', 'forms.intervention_offered_value', 'forms.la_code'
) }}
