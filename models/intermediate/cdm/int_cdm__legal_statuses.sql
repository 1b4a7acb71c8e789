-- Legal statuses: runs of consecutive episodes in a period of care with the same legal status.
with

care_episodes as (

    select * from {{ ref('int_cdm__care_episodes') }}

),

with_previous as (

    select
        *,
        lag(legal_status_code) over (
            partition by la_code, child_id order by started_on
        ) as previous_value,
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
            when coalesce(previous_value, '') != coalesce(legal_status_code, '') then 1
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

legal_statuses as (

    select
        la_code,
        child_id,
        period_of_care_number,
        run_number as legal_status_number,
        min(started_on) as started_on,
        case when count(ended_on) = count(*) then max(ended_on) end as ended_on,
        max(case when starts_run = 1 then legal_status_code end) as legal_status_code,
        count(*) as episode_count
    from numbered
    group by la_code, child_id, period_of_care_number, run_number

)

select * from legal_statuses
