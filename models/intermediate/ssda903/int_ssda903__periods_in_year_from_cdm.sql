-- Every period of care of the common data model that overlaps a derived collection year (it
-- started by 31 March and had not ended before 1 April), one row per period and year, flagged
-- as a short break when every episode of it is under legal status V3 or V4.
with

years as (

    {{ ssda903_derived_year_rows() }}

),

periods as (

    select * from {{ ref('int_cdm__periods_of_care') }}

),

care_episodes as (

    select * from {{ ref('int_cdm__care_episodes') }}

),

short_breaks as (

    select
        la_code,
        source_system,
        child_id,
        period_of_care_id,
        min(case when legal_status_code in ('V3', 'V4') then 1 else 0 end) = 1 as is_short_break
    from care_episodes
    group by la_code, source_system, child_id, period_of_care_id

),

periods_in_year as (

    select
        periods.la_code,
        periods.source_system,
        periods.child_id,
        periods.period_of_care_id,
        years.collection_year,
        years.year_start,
        years.year_end,
        periods.started_on,
        periods.ended_on,
        periods.category_of_need_code,
        periods.reason_ceased_code,
        coalesce(short_breaks.is_short_break, false) as is_short_break
    from periods
    inner join years
        on
            periods.started_on <= years.year_end
            and (periods.ended_on is null or periods.ended_on >= years.year_start)
    left join short_breaks
        on
            periods.la_code = short_breaks.la_code
            and periods.source_system = short_breaks.source_system
            and periods.child_id = short_breaks.child_id
            and periods.period_of_care_id = short_breaks.period_of_care_id

)

select * from periods_in_year
