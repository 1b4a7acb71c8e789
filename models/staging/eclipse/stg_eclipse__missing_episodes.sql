-- Missing episodes (CDM contract): one per 'Missing Or Absent Episode' form; 'Missing' and
-- 'Absent' mapped to M and A; an episode not yet over has no found date.
with

forms as (

    select
        la_code,
        child_id,
        form_id,
        max(case when control_name = 'absencetype' then answer_value end) as type_value,
        max(case when control_name = 'datechildlastseen' then answer_date end) as started_on,
        max(case when control_name = 'foundreportdate' then answer_date end) as ended_on
    from {{ ref('base_eclipse__form_answers') }}
    where form_name = 'missing or absent episode'
    group by la_code, child_id, form_id

)

select
    forms.la_code,
    forms.child_id,
    {{ local_code('mt', 'forms.type_value') }} as missing_type_code,
    forms.started_on,
    forms.ended_on
from forms
{{ local_code_joins('mt', 'eclipse', 'missing_type', 'forms.type_value', 'forms.la_code') }}
