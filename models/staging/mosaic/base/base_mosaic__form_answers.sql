-- Form answers (DM_FILTER_FORM_ANSWERS, one row per answered question) of the real children:
-- names trimmed, text answers trimmed (blank is null), date answers as dates.
with

source as (

    {{ cms_current_rows('mosaic', 'dm_filter_form_answers') }}

),

persons as (

    select * from {{ ref('base_mosaic__persons') }}

)

select
    source._la_code as la_code,
    trim(source.workflow_step_id) as workflow_step_id,
    persons.child_id,
    persons.person_id,
    trim(source.filter_name) as filter_name,
    trim(source.question) as question,
    nullif(trim(source.text_answer), '') as text_answer,
    {{ cms_date('source.date_answer') }} as date_answer
from source
inner join persons
    on
        source._la_code = persons.la_code
        and trim(source.subject_person_id) = persons.person_id
