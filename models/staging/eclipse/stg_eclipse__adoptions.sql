-- Adoptions (CDM contract): one per 'Adoption Match' form, in the period of care that holds
-- the decision date; adopters' sex and legal status and Yes/No mapped.
with

forms as (

    {{ cms_form_answers('eclipse', 'adoption match', [
        ('decided_on', 'adoptiondecisiondate', 'answer_date'),
        ('matched_on', 'matcheddate', 'answer_date'),
        ('fostered_value', 'fosteredbyadopters', 'answer_value'),
        ('number_of_adopters', 'numberofadopters', 'answer_value'),
        ('sex_value', 'adoptersex', 'answer_value'),
        ('legal_status_value', 'adopterlegalstatus', 'answer_value'),
    ]) }}

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
