-- Reviews (CDM contract): one per 'CLA Review' form, the child's participation mapped.
with

forms as (

    select
        la_code,
        child_id,
        form_id,
        max(case when control_name = 'dateofmeeting' then answer_date end) as reviewed_on,
        max(case when control_name = 'childparticipation' then answer_value end)
            as participation_value
    from {{ ref('base_eclipse__form_answers') }}
    where form_name = 'cla review'
    group by la_code, child_id, form_id

)

select
    forms.la_code,
    forms.child_id,
    forms.reviewed_on,
    {{ local_code('pn', 'forms.participation_value') }} as participation_code
from forms
{{ local_code_joins(
    'pn', 'eclipse', 'review_participation', 'forms.participation_value', 'forms.la_code'
) }}
