-- The measures as they may leave a council: published values only (counts of 1 to 5 children
-- suppressed, regional and England counts rounded), no unrounded number. The only mart a
-- regional or public dashboard reads.
with

measures as (

    select * from {{ ref('analytics__measures') }}

),

publication as (

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
        value_published,
        share_published
    from measures

)

select * from publication
