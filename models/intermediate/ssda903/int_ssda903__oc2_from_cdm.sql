-- The OC2 table derived from the common data model for each derived collection year: children
-- looked after continuously for at least 12 months at 31 March, i.e. whose last period of care
-- overlapping the year started by 1 April, is not a short break and was still open at 31 March.
-- Values from the health outcomes recorded for the year ending that 31 March.
with

last_periods as (

    {{ ssda903_numbered_periods_in_year('recency', order='desc') }}

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
        {{ ssda903_child_columns('cohort', born_on='people.born_on') }},
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
    left join {{ ref('int_cdm__people') }} as people on {{ cdm_key_join('cohort', 'people') }}
    left join {{ ref('int_cdm__health_outcomes') }} as health_outcomes
        on
            {{ cdm_key_join('cohort', 'health_outcomes') }}
            and cohort.year_end = health_outcomes.year_ending_on

)

select * from oc2
