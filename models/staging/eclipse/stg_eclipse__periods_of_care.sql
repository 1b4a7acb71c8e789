-- Periods of care (CDM contract): claperiodofcareview rows of kept persons, need mapped, the
-- reason care ceased from the period's last episode row.
select
    la_code,
    child_id,
    period_of_care_id,
    started_on,
    ended_on,
    category_of_need_code,
    reason_ceased_code
from {{ ref('base_eclipse__periods') }}
