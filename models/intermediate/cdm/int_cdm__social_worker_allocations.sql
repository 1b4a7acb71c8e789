-- Social worker allocation episodes, once each across returns.
with

source_rows as (

    select * from {{ ref('stg_ssda903__sw_episodes') }}
    where child is not null and sw_decom is not null

),

ranked as (

    select
        source_rows.*,
        {{ latest_record_rank(['la_code', 'child', 'sw_decom', 'sw_id']) }} as recency
    from source_rows

),

social_worker_allocations as (

    select
        la_code,
        child as child_id,
        sw_id as social_worker_id,
        sw_decom as started_on,
        sw_dec as ended_on,
        sw_reason as change_reason_code,
        collection_year as reported_in_collection_year
    from ranked
    where recency = 1

)

select * from social_worker_allocations
