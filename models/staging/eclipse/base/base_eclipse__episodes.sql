-- Eclipse episode-of-care rows of kept persons, in order within each period of care, with the
-- legal status and placement each row belongs to. Eclipse writes one row per legal status x
-- placement x carer/address change, so a legal status (a placement) is an island of contiguous
-- rows with the same status (the same type, provider, URN, postcode and carer, no change reason
-- on the row before). Codes are mapped here; a placement type on its placement's start date.
with

episodes as (

    {{ cms_current_rows('eclipse', 'claepisodeofcareview') }}

),

persons as (

    select * from {{ ref('base_eclipse__persons') }}

),

cleaned as (

    select
        persons.la_code,
        persons.child_id,
        trim(episodes.periodofcareid) as period_of_care_ref,
        try_cast(trim(episodes.episodeofcareid) as bigint) as episode_seq,
        {{ cms_date('episodes.eocstartdate') }} as started_on,
        {{ cms_date('episodes.eocenddate') }} as ended_on,
        nullif(trim(episodes.legalstatus), '') as legal_status_value,
        nullif(trim(episodes.placementtypecode), '') as placement_type_value,
        nullif(trim(episodes.placementprovisioncode), '') as provider_value,
        nullif(upper(trim(episodes.ofstedurn)), '') as provider_urn,
        nullif(upper(trim(episodes.placementpostcode)), '') as placement_postcode,
        nullif(trim(episodes.carerid), '') as carer_id,
        nullif(trim(episodes.placementchangereasoncode), '') as change_reason_value,
        nullif(trim(episodes.eocendreasoncode), '') as end_reason_value
    from episodes
    inner join persons
        on
            episodes._la_code = persons.la_code
            and trim(episodes.personid) = persons.person_id

),

compared as (

    select
        cleaned.*,
        row_number() over (
            partition by cleaned.la_code, cleaned.child_id, cleaned.period_of_care_ref
            order by cleaned.episode_seq
        ) as row_in_period,
        lag(upper(cleaned.legal_status_value)) over (
            partition by cleaned.la_code, cleaned.child_id, cleaned.period_of_care_ref
            order by cleaned.episode_seq
        ) as previous_legal_status,
        lag(upper(cleaned.placement_type_value)) over (
            partition by cleaned.la_code, cleaned.child_id, cleaned.period_of_care_ref
            order by cleaned.episode_seq
        ) as previous_placement_type,
        lag(upper(cleaned.provider_value)) over (
            partition by cleaned.la_code, cleaned.child_id, cleaned.period_of_care_ref
            order by cleaned.episode_seq
        ) as previous_provider,
        lag(cleaned.provider_urn) over (
            partition by cleaned.la_code, cleaned.child_id, cleaned.period_of_care_ref
            order by cleaned.episode_seq
        ) as previous_urn,
        lag(cleaned.placement_postcode) over (
            partition by cleaned.la_code, cleaned.child_id, cleaned.period_of_care_ref
            order by cleaned.episode_seq
        ) as previous_postcode,
        lag(cleaned.carer_id) over (
            partition by cleaned.la_code, cleaned.child_id, cleaned.period_of_care_ref
            order by cleaned.episode_seq
        ) as previous_carer,
        lag(cleaned.change_reason_value) over (
            partition by cleaned.la_code, cleaned.child_id, cleaned.period_of_care_ref
            order by cleaned.episode_seq
        ) as previous_change_reason
    from cleaned

),

flagged as (

    select
        compared.*,
        case
            when compared.row_in_period = 1 then 1
            when
                coalesce(upper(compared.legal_status_value), '')
                != coalesce(compared.previous_legal_status, '')
                then 1
            else 0
        end as starts_legal_status,
        case
            when compared.row_in_period = 1 then 1
            when compared.previous_change_reason is not null then 1
            when
                coalesce(upper(compared.placement_type_value), '')
                != coalesce(compared.previous_placement_type, '')
                then 1
            when
                coalesce(upper(compared.provider_value), '')
                != coalesce(compared.previous_provider, '')
                then 1
            when
                coalesce(compared.provider_urn, '') != coalesce(compared.previous_urn, '')
                then 1
            when
                coalesce(compared.placement_postcode, '')
                != coalesce(compared.previous_postcode, '')
                then 1
            when coalesce(compared.carer_id, '') != coalesce(compared.previous_carer, '')
                then 1
            else 0
        end as starts_placement
    from compared

),

islands as (

    select
        flagged.*,
        sum(flagged.starts_legal_status) over (
            partition by flagged.la_code, flagged.child_id, flagged.period_of_care_ref
            order by flagged.episode_seq
            rows between unbounded preceding and current row
        ) as legal_status_number,
        sum(flagged.starts_placement) over (
            partition by flagged.la_code, flagged.child_id, flagged.period_of_care_ref
            order by flagged.episode_seq
            rows between unbounded preceding and current row
        ) as placement_number
    from flagged

),

dated as (

    select
        islands.*,
        min(islands.started_on) over (
            partition by
                islands.la_code,
                islands.child_id,
                islands.period_of_care_ref,
                islands.placement_number
        ) as placement_started_on
    from islands

)

select
    dated.la_code,
    dated.child_id,
    dated.period_of_care_ref,
    dated.episode_seq,
    dated.row_in_period,
    dated.started_on,
    dated.ended_on,
    dated.legal_status_number,
    dated.placement_number,
    dated.placement_started_on,
    dated.legal_status_value,
    {{ local_code('ls', 'dated.legal_status_value') }} as legal_status_code,
    {{ local_code_is_mapped('ls') }} as legal_status_mapped,
    dated.placement_type_value,
    {{ local_code('pt', 'dated.placement_type_value') }} as placement_type_code,
    {{ local_code_is_mapped('pt') }} as placement_type_mapped,
    dated.provider_value,
    {{ local_code('pr', 'dated.provider_value') }} as placement_provider_code,
    {{ local_code_is_mapped('pr') }} as provider_mapped,
    dated.provider_urn,
    dated.placement_postcode,
    dated.carer_id,
    dated.change_reason_value,
    {{ local_code('rc', 'dated.change_reason_value') }} as reason_changed_code,
    {{ local_code_is_mapped('rc') }} as change_reason_mapped,
    dated.end_reason_value,
    {{ local_code('er', 'dated.end_reason_value') }} as end_reason_code,
    {{ local_code_is_mapped('er') }} as end_reason_mapped
from dated
{{ local_code_joins('ls', 'eclipse', 'legal_status', 'dated.legal_status_value', 'dated.la_code') }}
{{ local_code_joins(
    'pt', 'eclipse', 'placement_type', 'dated.placement_type_value', 'dated.la_code',
    'dated.placement_started_on'
) }}
{{ local_code_joins(
    'pr', 'eclipse', 'placement_provider', 'dated.provider_value', 'dated.la_code'
) }}
{{ local_code_joins(
    'rc', 'eclipse', 'placement_change_reason', 'dated.change_reason_value', 'dated.la_code'
) }}
{{ local_code_joins('er', 'eclipse', 'reason_ceased', 'dated.end_reason_value', 'dated.la_code') }}
