-- Outcomes of children looked after continuously for at least 12 months at 31 March
-- (analytics-measures.md §3.8), from analytics__oc2_cohort. A cohort child with no OC2 row
-- counts in every denominator and in no numerator (DfE divides by the cohort). Ages are at
-- 31 March.
-- - oc2_cohort: the cohort's size;
-- - health_assessment, immunisations, teeth_check: HEALTH_ASSESSMENT, IMMUNISATIONS,
--   TEETH_CHECK = 1 over the cohort (a refused dental check is no check);
-- - development_assessments: HEALTH_CHECK = 1 over the cohort aged 0 to 4;
-- - convicted: CONVICTED = 1 over the cohort aged 10 to 17;
-- - substance_misuse: SUBSTANCE_MISUSE = 1 over the cohort; intervention_received and
--   intervention_offered: INTERVENTION_RECEIVED / INTERVENTION_OFFERED = 1 over those with a
--   substance misuse problem;
-- - sdq_returned: an SDQ score (0 to 40) over the cohort aged 5 to 16 (DfE collects it for 4 to
--   16 and publishes 5 to 16); sdq_mean: the mean score of those with one; sdq_band: those with
--   a score by band (normal 0-13, borderline 14-16, cause for concern 17-40), the denominator
--   the number with a score.
with

council_years as (

    select distinct
        la_code,
        time_period
    from {{ ref('analytics__care_episodes') }}

),

groupings as (

    select * from {{ ref('measure_groupings') }}

),

cohort as (

    select * from {{ ref('analytics__oc2_cohort') }}

),

substance_misuse as (

    select * from cohort
    where substance_misuse = '1'

),

sdq_scored as (

    select
        cohort.la_code,
        cohort.time_period,
        cohort.child,
        band.label as sdq_band
    from cohort
    inner join groupings as band
        on band.topic = 'sdq_band' and cast(cohort.sdq_score as {{ dbt.type_string() }}) = band.code
    where cohort.age between 5 and 16

)

{{ measure_count_rows('oc2_cohort', 'cohort', 'council_years') }}
union all
{{ measure_share_row('health_assessment', 'cohort', 'council_years', "health_assessment = '1'") }}
union all
{{ measure_share_row('immunisations', 'cohort', 'council_years', "immunisations = '1'") }}
union all
{{ measure_share_row('teeth_check', 'cohort', 'council_years', "teeth_check = '1'") }}
union all
{{ measure_share_row(
    'development_assessments', 'cohort', 'council_years', "health_check = '1'",
    cohort_filter='age between 0 and 4'
) }}
union all
{{ measure_share_row(
    'convicted', 'cohort', 'council_years', "convicted = '1'", cohort_filter='age between 10 and 17'
) }}
union all
{{ measure_share_row('substance_misuse', 'cohort', 'council_years', "substance_misuse = '1'") }}
union all
{{ measure_share_row(
    'intervention_received', 'substance_misuse', 'council_years', "intervention_received = '1'"
) }}
union all
{{ measure_share_row(
    'intervention_offered', 'substance_misuse', 'council_years', "intervention_offered = '1'"
) }}
union all
{{ measure_share_row(
    'sdq_returned', 'cohort', 'council_years', 'sdq_score is not null',
    cohort_filter='age between 5 and 16'
) }}
union all
{{ measure_mean_row(
    'sdq_mean', 'cohort', 'council_years', 'sdq_score', cohort_filter='age between 5 and 16'
) }}
union all
-- Children with a score by band: a count whose breakdown rows carry the number with a score
-- as denominator, so each band's share of them shows.
{{ measure_count_rows('sdq_band', 'sdq_scored', 'council_years', breakdowns=['sdq_band']) }}
