-- The children of each derived collection year's return, from the common data model: those with
-- a period of care overlapping the year, and care leavers in the year's OC3 cohort. One row per
-- child and year with the person's details and the flags the tables of the return select on.
with

years as (

    select * from {{ ref('int_ssda903__derived_years') }}

),

care_leavers as (

    select * from {{ ref('int_ssda903__care_leavers_from_cdm') }}

),

looked_after as (

    select
        la_code,
        source_system,
        child_id,
        collection_year,
        max(case when not is_short_break then 1 else 0 end) = 1 as has_care_period,
        -- the latest end, on or before 31 March, of a period that is not a short break (whether or
        -- not a later one is still open: in_care_at_year_end says so)
        max(case when not is_short_break and ended_on <= year_end then ended_on end)
            as care_ended_on,
        max(
            case
                when not is_short_break and (ended_on is null or ended_on > year_end) then 1
                else 0
            end
        ) = 1 as in_care_at_year_end
    from {{ ref('int_ssda903__periods_in_year_from_cdm') }}
    group by la_code, source_system, child_id, collection_year

),

in_return as (

    select
        la_code,
        source_system,
        child_id,
        collection_year
    from looked_after
    union
    select
        la_code,
        source_system,
        child_id,
        collection_year
    from care_leavers

),

children_in_year as (

    select
        in_return.la_code,
        in_return.source_system,
        in_return.child_id,
        in_return.collection_year,
        years.year_start,
        years.year_end,
        looked_after.child_id is not null as is_looked_after,
        coalesce(looked_after.has_care_period, false) as has_care_period,
        looked_after.care_ended_on,
        coalesce(looked_after.in_care_at_year_end, false) as in_care_at_year_end,
        care_leavers.child_id is not null as is_care_leaver,
        people.sex_code,
        people.born_on,
        people.ethnicity_code,
        people.first_child_born_on
    from in_return
    inner join years
        on
            in_return.la_code = years.la_code
            and in_return.collection_year = years.collection_year
    left join looked_after
        on {{ cdm_key_join('in_return', 'looked_after', ['collection_year']) }}
    left join care_leavers
        on {{ cdm_key_join('in_return', 'care_leavers', ['collection_year']) }}
    left join {{ ref('int_cdm__people') }} as people
        on {{ cdm_key_join('in_return', 'people') }}

)

select * from children_in_year
