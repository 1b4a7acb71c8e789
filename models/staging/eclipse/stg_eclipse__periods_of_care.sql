-- Periods of care (CDM contract): claperiodofcareview rows of kept persons, need mapped, the
-- reason care ceased from the period's last episode row (once the period has ended).
with

periods as (

    select * from {{ ref('base_eclipse__periods') }}

),

episodes as (

    select * from {{ ref('base_eclipse__episodes') }}

),

last_rows as (

    select
        la_code,
        period_of_care_ref,
        max(row_in_period) as row_in_period
    from episodes
    group by la_code, period_of_care_ref

),

last_episodes as (

    select episodes.*
    from episodes
    inner join last_rows
        on
            episodes.la_code = last_rows.la_code
            and episodes.period_of_care_ref = last_rows.period_of_care_ref
            and episodes.row_in_period = last_rows.row_in_period

)

select
    periods.la_code,
    periods.child_id,
    periods.period_of_care_id,
    periods.started_on,
    periods.ended_on,
    need.code as category_of_need_code,
    case when periods.ended_on is not null then ceased.code end as reason_ceased_code
from periods
left join last_episodes
    on
        periods.la_code = last_episodes.la_code
        and periods.period_of_care_id = last_episodes.period_of_care_ref
{{ cms_coded_join('need', 'eclipse', 'periods', 'need_value') }}
{{ cms_coded_join('ceased', 'eclipse', 'last_episodes', 'end_reason_value') }}
