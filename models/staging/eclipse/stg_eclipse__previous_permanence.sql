-- Previous permanence (CDM contract): the option recorded on each period of care, mapped; the
-- LA and the date as text (dd/mm/yyyy with ZZ for what is unknown) as recorded.
select
    la_code,
    child_id,
    period_of_care_id,
    permanence_option_code,
    permanence_la_code,
    permanence_date_text
from {{ ref('base_eclipse__periods') }}
