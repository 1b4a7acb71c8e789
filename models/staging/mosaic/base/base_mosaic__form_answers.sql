-- Form answers (DM_FILTER_FORM_ANSWERS, one row per answered question) of the real children:
-- names trimmed, text answers trimmed (blank is null), date answers as dates.
with

source as (

    {{ cms_person_rows(
        'mosaic', 'dm_filter_form_answers', 'base_mosaic__persons', 'subject_person_id',
        'person_id'
    ) }}

)

select
    la_code,
    _load_id,
    _source_row,
    {{ trim_spaces('workflow_step_id') }} as workflow_step_id,
    child_id,
    {{ trim_spaces('subject_person_id') }} as person_id,
    {{ trim_spaces('filter_name') }} as filter_name,
    {{ trim_spaces('question') }} as question,
    {{ clean_text('text_answer') }} as text_answer,
    {{ cms_date('date_answer') }} as date_answer
from source
