-- Periods of care: runs of consecutive care episodes (see int_cdm__care_episodes). A period
-- ends with its first episode that ceases for any reason other than X1; it is open if none has.
with

care_episodes as (

    select * from {{ ref('int_cdm__care_episodes') }}

),

periods_of_care as (

    select
        la_code,
        child_id,
        period_of_care_number,
        min(started_on) as started_on,
        max(case when reason_ceased_code != 'X1' then ended_on end) as ended_on,
        max(case when reason_ceased_code != 'X1' then reason_ceased_code end)
            as reason_ceased_code,
        count(*) as episode_count,
        sum(case when legal_status_code in ('V3', 'V4') then 1 else 0 end)
            as short_break_episode_count
    from care_episodes
    group by la_code, child_id, period_of_care_number

)

select * from periods_of_care
