-- Missing (M) and away-without-authorisation (A) incidents, once each across returns; the copy
-- from the newest return carries the end date of an incident open at a year end.
with

source_rows as (

    select * from {{ ref('stg_ssda903__missing') }}
    where child is not null and mis_start is not null

),

ranked as (

    select
        source_rows.*,
        {{ latest_record_rank(['la_code', 'child', 'mis_start', 'missing']) }} as recency
    from source_rows

),

missing_episodes as (

    select
        la_code,
        child as child_id,
        missing as missing_type_code,
        mis_start as started_on,
        mis_end as ended_on,
        collection_year as reported_in_collection_year
    from ranked
    where recency = 1

)

select * from missing_episodes
