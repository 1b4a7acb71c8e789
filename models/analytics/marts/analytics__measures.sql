-- DfE's published measures for every council in the warehouse, its regions and England, in the
-- long form of DfE's tidy files: unrounded numerator, denominator and value beside the value
-- as DfE would publish it (docs/analytics.md).
with

disclosure as (

    select * from {{ ref('int_analytics__disclosure') }}

),

measures as (

    select
        time_period,
        time_identifier,
        geographic_level,
        country_code,
        country_name,
        region_code,
        region_name,
        old_la_code,
        la_name,
        new_la_code,
        measure_id,
        breakdown_topic,
        breakdown,
        unit,
        numerator,
        denominator,
        value_unrounded,
        value_published,
        share_unrounded,
        share_published,
        population_year
    from disclosure

)

select * from measures
