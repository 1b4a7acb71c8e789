-- Adoptions (CDM contract): one per 'Adoption Match' form, in the period of care that holds
-- the decision date; adopters' sex and legal status and Yes/No mapped.
with

forms as (

    select
        la_code,
        child_id,
        form_id,
        max(case when control_name = 'adoptiondecisiondate' then answer_date end) as decided_on,
        max(case when control_name = 'matcheddate' then answer_date end) as matched_on,
        max(case when control_name = 'fosteredbyadopters' then answer_value end)
            as fostered_value,
        max(case when control_name = 'numberofadopters' then answer_value end)
            as number_of_adopters,
        max(case when control_name = 'adoptersex' then answer_value end) as sex_value,
        max(case when control_name = 'adopterlegalstatus' then answer_value end)
            as legal_status_value
    from {{ ref('base_eclipse__form_answers') }}
    where form_name = 'adoption match'
    group by la_code, child_id, form_id

),

periods as (

    select * from {{ ref('base_eclipse__periods') }}

)

select
    forms.la_code,
    forms.child_id,
    periods.period_of_care_id,
    forms.decided_on,
    forms.matched_on,
    {{ local_code('fa', 'forms.fostered_value') }} as fostered_by_adopters,
    forms.number_of_adopters,
    {{ local_code('asx', 'forms.sex_value') }} as adopter_sex_code,
    {{ local_code('als', 'forms.legal_status_value') }} as adopter_legal_status_code
from forms
left join periods
    on
        forms.la_code = periods.la_code
        and forms.child_id = periods.child_id
        and forms.decided_on >= periods.started_on
        and (periods.ended_on is null or forms.decided_on <= periods.ended_on)
{{ local_code_joins('fa', 'eclipse', 'yes_no', 'forms.fostered_value', 'forms.la_code') }}
{{ local_code_joins('asx', 'eclipse', 'adopter_sex', 'forms.sex_value', 'forms.la_code') }}
{{ local_code_joins(
    'als', 'eclipse', 'adopter_legal_status', 'forms.legal_status_value', 'forms.la_code'
) }}
