-- Decisions that a child should be placed for adoption, and their reversals.
with

source_rows as (

    select * from {{ ref('stg_ssda903__placed_adoption') }}
    where child is not null and date_placed is not null

),

ranked as (

    select
        source_rows.*,
        {{ latest_record_rank(['la_code', 'child', 'date_placed']) }} as recency
    from source_rows

),

adoption_decisions as (

    select
        la_code,
        child as child_id,
        date_placed as decided_on,
        date_placed_ceased as reversed_on,
        reason_placed_ceased as reversal_reason_code,
        collection_year as reported_in_collection_year
    from ranked
    where recency = 1

)

select * from adoption_decisions
