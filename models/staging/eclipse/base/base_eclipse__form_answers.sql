-- Eclipse form answers of kept persons, one row per answered control: form and control names
-- lower-cased and trimmed, the answer trimmed, and the answer's date where it is a timestamp.
with

answers as (

    {{ cms_person_rows(
        'eclipse', 'formanswerpersonview', 'base_eclipse__persons', 'personid', 'person_id'
    ) }}

)

select
    la_code,
    child_id,
    _load_id,
    _source_row,
    {{ trim_spaces('formid') }} as form_id,
    lower({{ trim_spaces('formname') }}) as form_name,
    lower({{ trim_spaces('controlname') }}) as control_name,
    {{ clean_text('answervalue') }} as answer_value,
    {{ cms_date('answervalue') }} as answer_date
from answers
