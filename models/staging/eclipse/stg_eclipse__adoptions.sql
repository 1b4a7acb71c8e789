-- Adoptions (CDM contract): one per 'Adoption Match' form, in the period of care that holds
-- the decision date; adopters' sex and legal status and Yes/No mapped.
with

forms as (

    {{ cms_form_answers('eclipse', 'adoption match', [
        ('decided_on', 'adoptiondecisiondate', 'answer_date'),
        ('matched_on', 'matcheddate', 'answer_date'),
        ('fostered_by_adopters', 'fosteredbyadopters', 'code'),
        ('number_of_adopters', 'numberofadopters', 'answer_value'),
        ('adopter_sex_code', 'adoptersex', 'code'),
        ('adopter_legal_status_code', 'adopterlegalstatus', 'code'),
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
    forms.fostered_by_adopters,
    forms.number_of_adopters,
    forms.adopter_sex_code,
    forms.adopter_legal_status_code
from forms
left join periods
    on
        forms.la_code = periods.la_code
        and forms.child_id = periods.child_id
        and forms.decided_on >= periods.started_on
        and (periods.ended_on is null or forms.decided_on <= periods.ended_on)
