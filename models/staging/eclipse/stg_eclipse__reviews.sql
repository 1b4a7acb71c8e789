-- Reviews (CDM contract): one per 'CLA Review' form, the child's participation mapped.
with

forms as (

    {{ cms_form_answers('eclipse', 'cla review', [
        ('reviewed_on', 'dateofmeeting', 'answer_date'),
        ('participation_value', 'childparticipation', 'answer_value'),
    ]) }}

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
