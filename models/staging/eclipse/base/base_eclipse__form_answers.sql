-- Eclipse form answers of kept persons, one row per answered control: form and control names
-- lower-cased and trimmed, the answer trimmed, and the answer's date where it is a timestamp.
with

answers as (

    {{ cms_current_rows('eclipse', 'formanswerpersonview') }}

),

persons as (

    select * from {{ ref('base_eclipse__persons') }}

)

select
    persons.la_code,
    persons.child_id,
    trim(answers.formid) as form_id,
    lower(trim(answers.formname)) as form_name,
    lower(trim(answers.controlname)) as control_name,
    nullif(trim(answers.answervalue), '') as answer_value,
    {{ cms_date('answers.answervalue') }} as answer_date
from answers
inner join persons
    on
        answers._la_code = persons.la_code
        and trim(answers.personid) = persons.person_id
