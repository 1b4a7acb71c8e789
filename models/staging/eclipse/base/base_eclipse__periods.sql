-- Eclipse periods of care of kept persons, dates parsed, the local primary need and previous
-- permanence option as they arrived (base_eclipse__coded_values maps them), the previous
-- permanence LA and date as text.
with

periods as (

    {{ cms_person_rows(
        'eclipse', 'claperiodofcareview', 'base_eclipse__persons', 'personid', 'person_id'
    ) }}

)

select
    la_code,
    child_id,
    _load_id,
    _source_row,
    {{ trim_spaces('periodofcareid') }} as period_of_care_id,
    {{ cms_date('admissiondate') }} as started_on,
    {{ cms_date('dischargedate') }} as ended_on,
    {{ clean_text('primaryneedcategory') }} as need_value,
    {{ clean_text('previouspermanenceoption') }} as permanence_value,
    {{ clean_text('previouspermanencela') }} as permanence_la_code,
    {{ clean_text('previouspermanencedate') }} as permanence_date_text
from periods
