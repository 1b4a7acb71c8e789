-- Every period of care of the common data model that overlaps a derived collection year (it
-- started by 31 March and had not ended before 1 April), one row per period and year, flagged
-- as a short break when every episode of it is under legal status V3 or V4.
with

years as (

    select * from {{ ref('int_ssda903__derived_years') }}

),

short_breaks as (

    {{ ssda903_short_breaks() }}

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
    from {{ ref('int_cdm__periods_of_care') }} as periods
    inner join years
        on
            periods.la_code = years.la_code
            and {{ ssda903_overlaps_year('periods', 'years') }}
    left join short_breaks
        on {{ cdm_key_join('periods', 'short_breaks', ['period_of_care_id']) }}

)

select * from periods_in_year
