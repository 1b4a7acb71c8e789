-- Legal statuses (CDM contract): each island of contiguous episode rows with one legal status
-- merged into one record.
with

episodes as (

    select
        episodes.*,
        legal_status.code as legal_status_code
    from {{ ref('base_eclipse__episodes') }} as episodes
    {{ cms_coded_join('legal_status', 'eclipse', 'episodes', 'legal_status_value') }}

),

islands as (

    select
        la_code,
        child_id,
        period_of_care_ref,
        legal_status_number,
        max(legal_status_code) as legal_status_code,
        min(started_on) as started_on,
        case when count(ended_on) = count(*) then max(ended_on) end as ended_on
    from episodes
    group by la_code, child_id, period_of_care_ref, legal_status_number

)

select
    la_code,
    child_id,
    legal_status_code,
    started_on,
    ended_on
from islands
