-- 903 episodes of care derived from each period of care by interval splitting, as DfE's guide
-- defines them: a new episode wherever the legal status or the placement changes. The change
-- points of a period are its start and every legal-status or placement start within
-- [start, end). At each point the legal status and the placement in force are taken: the latest
-- recorded by then of those in force at some time in the period, so that a gap in the records
-- (a legal status not recorded for some days, a placement ended a few days before the next one
-- begins) carries the last one on, as the return never leaves LS or PLACE blank. A point where
-- neither differs from the previous episode starts no episode. Reason for new episode: S first
-- in the period; L legal status only; P placement only, another carer; T placement only, same
-- carer; B both, another carer; U both, same carer. A return from a temporary placement (T0-T4)
-- counts as another carer whoever is recorded (rule 383 asks for P). An episode followed by
-- another ends on the next one's start with X1 and the reason the placement changed, when it
-- did, except around a temporary placement: neither it nor the episode before it has a reason
-- (rule 226). The last ends with the period. Episodes that do not last a day are dropped.
with

periods as (

    select * from {{ ref('int_cdm__periods_of_care') }}

),

legal_statuses as (

    select * from {{ ref('int_cdm__legal_statuses') }}

),

placements as (

    select * from {{ ref('int_cdm__placements') }}

),

home_addresses as (

    select * from {{ ref('int_cdm__home_addresses') }}

),

change_points as (

    select
        periods.la_code,
        periods.source_system,
        periods.child_id,
        periods.period_of_care_id,
        periods.started_on as period_started_on,
        periods.started_on as point_on
    from periods
    {% for history in ['legal_statuses', 'placements'] %}
        union
        select
            periods.la_code,
            periods.source_system,
            periods.child_id,
            periods.period_of_care_id,
            periods.started_on as period_started_on,
            {{ history }}.started_on as point_on
        from periods
        inner join {{ history }}
            on
                {{ cdm_key_join('periods', history) }}
                and periods.started_on < {{ history }}.started_on
                and (periods.ended_on is null or periods.ended_on > {{ history }}.started_on)
    {% endfor %}

),

legal_status_at_point as (

    select
        change_points.la_code,
        change_points.source_system,
        change_points.child_id,
        change_points.period_of_care_id,
        change_points.point_on,
        legal_statuses.legal_status_code,
        row_number() over (
            partition by {{ cdm_key('change_points', ['period_of_care_id', 'point_on']) }}
            order by legal_statuses.started_on desc
        ) as recency
    from change_points
    left join legal_statuses
        on
            {{ cdm_key_join('change_points', 'legal_statuses') }}
            and change_points.point_on >= legal_statuses.started_on
            and (
                legal_statuses.ended_on is null
                or change_points.period_started_on < legal_statuses.ended_on
            )

),

placement_at_point as (

    select
        change_points.la_code,
        change_points.source_system,
        change_points.child_id,
        change_points.period_of_care_id,
        change_points.point_on,
        placements.placement_type_code,
        placements.placement_provider_code,
        placements.provider_urn,
        placements.placement_postcode,
        placements.carer_id,
        placements.reason_changed_code,
        row_number() over (
            partition by {{ cdm_key('change_points', ['period_of_care_id', 'point_on']) }}
            order by placements.started_on desc
        ) as recency
    from change_points
    left join placements
        on
            {{ cdm_key_join('change_points', 'placements') }}
            and change_points.point_on >= placements.started_on
            and (
                placements.ended_on is null
                or change_points.period_started_on < placements.ended_on
            )

),

states as (

    select
        legal_status_at_point.la_code,
        legal_status_at_point.source_system,
        legal_status_at_point.child_id,
        legal_status_at_point.period_of_care_id,
        legal_status_at_point.point_on,
        legal_status_at_point.legal_status_code,
        placement_at_point.placement_type_code,
        placement_at_point.placement_provider_code,
        placement_at_point.provider_urn,
        placement_at_point.placement_postcode,
        placement_at_point.carer_id,
        placement_at_point.reason_changed_code,
        coalesce(
            placement_at_point.placement_type_code in ('T0', 'T1', 'T2', 'T3', 'T4'), false
        ) as is_temporary
    from legal_status_at_point
    inner join placement_at_point
        on {{ cdm_key_join(
            'legal_status_at_point', 'placement_at_point', ['period_of_care_id', 'point_on']
        ) }}
    where legal_status_at_point.recency = 1 and placement_at_point.recency = 1

),

compared as (

    select
        states.*,
        row_number() over period_order as point_number,
        lag(states.legal_status_code) over period_order as previous_legal_status_code,
        lag(states.placement_type_code) over period_order as previous_placement_type_code,
        lag(states.placement_provider_code) over period_order as previous_placement_provider_code,
        lag(states.provider_urn) over period_order as previous_provider_urn,
        lag(states.placement_postcode) over period_order as previous_placement_postcode,
        lag(states.carer_id) over period_order as previous_carer_id,
        lag(states.is_temporary) over period_order as previous_is_temporary,
        -- the placement that ends at this point, if it does
        lag(states.reason_changed_code) over period_order as previous_reason_changed_code
    from states
    window period_order as (
        partition by {{ cdm_key('states', ['period_of_care_id']) }}
        order by states.point_on
    )

),

changes as (

    select
        compared.*,
        (
            compared.point_number > 1
            and not {{ cdm_same(
                'compared.legal_status_code', 'compared.previous_legal_status_code'
            ) }}
        ) as legal_status_changed,
        (
            compared.point_number > 1
            and not (
                {{ cdm_same(
                    'compared.placement_type_code', 'compared.previous_placement_type_code'
                ) }}
                and {{ cdm_same(
                    'compared.placement_provider_code', 'compared.previous_placement_provider_code'
                ) }}
                and {{ cdm_same('compared.provider_urn', 'compared.previous_provider_urn') }}
                and {{ cdm_same(
                    'compared.placement_postcode', 'compared.previous_placement_postcode'
                ) }}
                and {{ cdm_same('compared.carer_id', 'compared.previous_carer_id') }}
            )
        ) as placement_changed,
        coalesce(
            compared.carer_id = compared.previous_carer_id and not compared.previous_is_temporary,
            false
        ) as same_carer
    from compared

),

episode_starts as (

    select
        changes.*,
        case
            when changes.point_number = 1 then 'S'
            when changes.legal_status_changed and changes.placement_changed
                then case when changes.same_carer then 'U' else 'B' end
            when changes.legal_status_changed then 'L'
            when changes.same_carer then 'T'
            else 'P'
        end as reason_new_episode_code,
        case
            when changes.placement_changed then changes.previous_reason_changed_code
        end as reason_previous_placement_ended
    from changes
    where changes.point_number = 1 or changes.legal_status_changed or changes.placement_changed

),

chained as (

    select
        episode_starts.*,
        lead(episode_starts.point_on) over period_order as next_started_on,
        lead(episode_starts.reason_previous_placement_ended) over period_order
            as next_reason_previous_placement_ended,
        lead(episode_starts.is_temporary) over period_order as next_is_temporary
    from episode_starts
    window period_order as (
        partition by {{ cdm_key('episode_starts', ['period_of_care_id']) }}
        order by episode_starts.point_on
    )

),

episodes as (

    select
        chained.la_code,
        chained.source_system,
        chained.child_id,
        chained.period_of_care_id,
        chained.point_on as started_on,
        coalesce(chained.next_started_on, periods.ended_on) as ended_on,
        chained.reason_new_episode_code,
        chained.legal_status_code,
        periods.category_of_need_code,
        chained.placement_type_code,
        chained.placement_provider_code,
        case
            when chained.next_started_on is not null then 'X1'
            when periods.ended_on is not null then periods.reason_ceased_code
        end as reason_ceased_code,
        case
            when
                chained.next_started_on is not null
                and not chained.is_temporary
                and not chained.next_is_temporary
                then chained.next_reason_previous_placement_ended
        end as reason_placement_change_code,
        chained.placement_postcode,
        chained.provider_urn
    from chained
    inner join periods
        on {{ cdm_key_join('chained', 'periods', ['period_of_care_id']) }}

),

lasting as (

    select
        episodes.*,
        min(case when episodes.legal_status_code in ('V3', 'V4') then 1 else 0 end) over (
            partition by {{ cdm_key('episodes', ['period_of_care_id']) }}
        ) = 1 as is_short_break
    from episodes
    where episodes.ended_on is null or episodes.ended_on > episodes.started_on

),

home_at_start as (

    select
        lasting.la_code,
        lasting.source_system,
        lasting.child_id,
        lasting.started_on,
        home_addresses.postcode,
        row_number() over (
            partition by {{ cdm_key('lasting', ['started_on']) }}
            order by home_addresses.valid_from desc
        ) as recency
    from lasting
    inner join home_addresses
        on
            {{ cdm_key_join('lasting', 'home_addresses') }}
            and (
                home_addresses.valid_from is null
                or lasting.started_on >= home_addresses.valid_from
            )
            and (home_addresses.valid_to is null or lasting.started_on <= home_addresses.valid_to)

),

care_episodes as (

    select
        lasting.la_code,
        lasting.source_system,
        lasting.child_id,
        lasting.period_of_care_id,
        row_number() over (
            partition by {{ cdm_key('lasting', ['period_of_care_id']) }}
            order by lasting.started_on
        ) as episode_number,
        lasting.started_on,
        lasting.ended_on,
        lasting.reason_new_episode_code,
        lasting.legal_status_code,
        lasting.category_of_need_code,
        lasting.placement_type_code,
        lasting.placement_provider_code,
        lasting.reason_ceased_code,
        lasting.reason_placement_change_code,
        case when not lasting.is_short_break then home_at_start.postcode end as home_postcode,
        lasting.placement_postcode,
        lasting.provider_urn
    from lasting
    left join home_at_start
        on
            {{ cdm_key_join('lasting', 'home_at_start', ['started_on']) }}
            and home_at_start.recency = 1

)

select * from care_episodes
