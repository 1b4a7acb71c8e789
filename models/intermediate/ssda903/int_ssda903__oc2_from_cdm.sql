-- The OC2 table derived from the common data model for each derived collection year: children
-- looked after continuously for at least 12 months at 31 March, i.e. whose last period of care
-- overlapping the year started by 1 April, is not a short break and was still open at 31 March.
-- Values from the health outcomes recorded for the year ending that 31 March.
with

periods_in_year as (

    select * from {{ ref('int_ssda903__periods_in_year_from_cdm') }}

),

people as (

    select * from {{ ref('int_cdm__people') }}

),

health_outcomes as (

    select * from {{ ref('int_cdm__health_outcomes') }}

),

last_periods as (

    select
        periods_in_year.*,
        row_number() over (
            partition by {{ cdm_key('periods_in_year', ['collection_year']) }}
            order by periods_in_year.started_on desc
        ) as recency
    from periods_in_year

),

cohort as (

    select * from last_periods
    where
        recency = 1
        and not is_short_break
        and started_on <= year_start
        and (ended_on is null or ended_on > year_end)

),

oc2 as (

    select
        cohort.la_code,
        cohort.collection_year,
        cohort.child_id as child,
        {{ ssda903_date('people.born_on', 'dob') }},
        health_outcomes.sdq_score,
        health_outcomes.sdq_reason_code as sdq_reason,
        health_outcomes.convicted,
        health_outcomes.health_check,
        health_outcomes.immunisations,
        health_outcomes.teeth_check,
        health_outcomes.health_assessment,
        health_outcomes.substance_misuse,
        health_outcomes.intervention_received,
        health_outcomes.intervention_offered,
        {{ ssda903_derived_source() }}
    from cohort
    left join people on {{ cdm_key_join('cohort', 'people') }}
    left join health_outcomes
        on
            {{ cdm_key_join('cohort', 'health_outcomes') }}
            and cohort.year_end = health_outcomes.year_ending_on

)

select * from oc2
