-- Placements (CDM contract): each island of contiguous episode rows with one placement (type,
-- provider, URN, postcode and carer) merged into one record; the reason for the change is on
-- its last row. placement_id is the period of care's id and the placement's number in it.
with

episodes as (

    select
        episodes.*,
        placement_type.code as placement_type_code,
        provider.code as placement_provider_code,
        change_reason.code as reason_changed_code
    from {{ ref('base_eclipse__episodes') }} as episodes
    {{ cms_coded_join('placement_type', 'eclipse', 'episodes', 'placement_type_value') }}
    {{ cms_coded_join('provider', 'eclipse', 'episodes', 'provider_value') }}
    {{ cms_coded_join('change_reason', 'eclipse', 'episodes', 'change_reason_value') }}

),

islands as (

    select
        la_code,
        child_id,
        period_of_care_ref,
        placement_number,
        min(started_on) as started_on,
        case when count(ended_on) = count(*) then max(ended_on) end as ended_on,
        max(placement_type_code) as placement_type_code,
        max(placement_provider_code) as placement_provider_code,
        max(provider_urn) as provider_urn,
        max(placement_postcode) as placement_postcode,
        max(carer_id) as carer_id,
        max(reason_changed_code) as reason_changed_code
    from episodes
    group by la_code, child_id, period_of_care_ref, placement_number

)

select
    la_code,
    child_id,
    {{ dbt.concat([
        'period_of_care_ref', "'-'", 'cast(placement_number as ' ~ dbt.type_string() ~ ')'
    ]) }} as placement_id,
    started_on,
    ended_on,
    placement_type_code,
    placement_provider_code,
    provider_urn,
    placement_postcode,
    carer_id,
    reason_changed_code
from islands
