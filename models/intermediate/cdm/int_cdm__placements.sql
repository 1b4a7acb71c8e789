-- Placements: a placement begins with an episode whose reason for new episode is S, P, T, B
-- or U (a new placement) and lasts through the L episodes (legal status change only) after it.
with

care_episodes as (

    select * from {{ ref('int_cdm__care_episodes') }}

),

with_previous as (

    select
        *,

        lag(period_of_care_number) over (
            partition by la_code, child_id order by started_on
        ) as previous_period_of_care_number
    from care_episodes

),

flagged as (

    select
        *,
        case
            when
                previous_period_of_care_number is null
                or previous_period_of_care_number != period_of_care_number
                then 1
            when reason_new_episode_code in ('S', 'P', 'T', 'B', 'U') then 1
            else 0
        end as starts_run
    from with_previous

),

numbered as (

    select
        *,
        sum(starts_run) over (
            partition by la_code, child_id
            order by started_on
            rows between unbounded preceding and current row
        ) as run_number
    from flagged

),

placements as (

    select
        la_code,
        child_id,
        period_of_care_number,
        run_number as placement_number,
        min(started_on) as started_on,
        case when count(ended_on) = count(*) then max(ended_on) end as ended_on,
        max(case when starts_run = 1 then placement_type_code end) as placement_type_code,
        max(case when starts_run = 1 then placement_provider_code end) as placement_provider_code,
        max(case when starts_run = 1 then placement_postcode end) as placement_postcode,
        max(case when starts_run = 1 then provider_urn end) as provider_urn,
        count(*) as episode_count
    from numbered
    group by la_code, child_id, period_of_care_number, run_number

)

select * from placements
