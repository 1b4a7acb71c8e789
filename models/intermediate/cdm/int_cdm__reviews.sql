-- Statutory reviews of looked-after children, once each across returns.
with

source_rows as (

    select * from {{ ref('stg_ssda903__reviews') }}
    where child is not null and review is not null

),

ranked as (

    select
        source_rows.*,
        {{ latest_record_rank(['la_code', 'child', 'review']) }} as recency
    from source_rows

),

reviews as (

    select
        la_code,
        child as child_id,
        review as reviewed_on,
        review_code as participation_code,
        collection_year as reported_in_collection_year
    from ranked
    where recency = 1

)

select * from reviews
