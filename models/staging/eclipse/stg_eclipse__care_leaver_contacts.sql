-- Care leaver contacts (CDM contract): one per 'Care Leaver Contact' form, in-touch, main
-- activity and accommodation mapped.
with

forms as (

    {{ cms_form_answers('eclipse', 'care leaver contact', [
        ('contacted_on', 'contactdate', 'answer_date'),
        ('in_touch_value', 'intouch', 'answer_value'),
        ('activity_value', 'mainactivity', 'answer_value'),
        ('accommodation_value', 'accommodation', 'answer_value'),
    ]) }}

)

select
    forms.la_code,
    forms.child_id,
    forms.contacted_on,
    {{ local_code('it', 'forms.in_touch_value') }} as in_touch_code,
    {{ local_code('act', 'forms.activity_value') }} as activity_code,
    {{ local_code('acc', 'forms.accommodation_value') }} as accommodation_code
from forms
{{ local_code_joins(
    'it', 'eclipse', 'care_leaver_in_touch', 'forms.in_touch_value', 'forms.la_code'
) }}
{{ local_code_joins(
    'act', 'eclipse', 'care_leaver_activity', 'forms.activity_value', 'forms.la_code'
) }}
{{ local_code_joins(
    'acc', 'eclipse', 'care_leaver_accommodation', 'forms.accommodation_value', 'forms.la_code'
) }}
