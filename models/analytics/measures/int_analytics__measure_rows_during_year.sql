-- cla_during_year: children looked after at any time during the year (a non-short-break
-- episode overlapping 1 April to 31 March), from analytics__looked_after_during_year. DfE
-- publishes it inside the missing data set (115,410 in England in 2025), as the denominator of
-- the missing and away percentages.
with

council_years as (

    select distinct
        la_code,
        time_period
    from {{ ref('analytics__care_episodes') }}

),

during_year as (

    select * from {{ ref('analytics__looked_after_during_year') }}

)

{{ measure_count_rows('cla_during_year', 'during_year', 'council_years') }}
