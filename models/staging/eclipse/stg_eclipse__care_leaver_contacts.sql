-- Care leaver contacts (CDM contract): one per 'Care Leaver Contact' form, in-touch, main
-- activity and accommodation mapped.
with

forms as (

    select
        la_code,
        child_id,
        form_id,
        max(case when control_name = 'contactdate' then answer_date end) as contacted_on,
        max(case when control_name = 'intouch' then answer_value end) as in_touch_value,
        max(case when control_name = 'mainactivity' then answer_value end) as activity_value,
        max(case when control_name = 'accommodation' then answer_value end)
            as accommodation_value
    from {{ ref('base_eclipse__form_answers') }}
    where form_name = 'care leaver contact'
    group by la_code, child_id, form_id

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
