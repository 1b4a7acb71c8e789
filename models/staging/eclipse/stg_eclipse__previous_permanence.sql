-- Previous permanence (CDM contract): the option recorded on each period of care, mapped; the
-- LA and the date as text (dd/mm/yyyy with ZZ for what is unknown) as recorded.
with

periods as (

    select * from {{ ref('base_eclipse__periods') }}

)

select
    periods.la_code,
    periods.child_id,
    periods.period_of_care_id,
    permanence.code as permanence_option_code,
    periods.permanence_la_code,
    periods.permanence_date_text
from periods
{{ cms_coded_join('permanence', 'eclipse', 'periods', 'permanence_value') }}
