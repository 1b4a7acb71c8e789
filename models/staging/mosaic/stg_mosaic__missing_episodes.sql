-- Missing episodes (CDM contract): one per 'Child Absent or Missing (Document)' form, the
-- 'Missing'/'Absent' answer mapped to M/A (local_code_map seed).
with

forms as (

    select
        la_code,
        workflow_step_id,
        child_id,
        max(case when question = 'Missing or absent' then text_answer end) as missing_type,
        max(case when question = 'Date missing from' then date_answer end) as started_on,
        max(case when question = 'Date found or returned' then date_answer end) as ended_on
    from {{ ref('base_mosaic__form_answers') }}
    where filter_name = 'Child Absent or Missing (Document)'
    group by la_code, workflow_step_id, child_id

)

select
    forms.la_code,
    forms.child_id,
    {{ local_code('mt', 'forms.missing_type') }} as missing_type_code,
    forms.started_on,
    forms.ended_on
from forms
{{ local_code_joins('mt', 'mosaic', 'missing_type', 'forms.missing_type', 'forms.la_code') }}
