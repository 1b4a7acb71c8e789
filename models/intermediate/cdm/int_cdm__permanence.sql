-- Permanence held before a period of care began (PrevPerm), once per child and order date text.
with

source_rows as (

    select * from {{ ref('stg_ssda903__prev_perm') }}
    where child is not null

),

ranked as (

    select
        source_rows.*,
        {{ latest_record_rank(['la_code', 'child', 'date_perm_text']) }} as recency
    from source_rows

),

permanence as (

    select
        la_code,
        child as child_id,
        prev_perm as previous_permanence_code,
        la_perm as order_la_code,
        date_perm as order_made_on,
        date_perm_text as order_made_on_text,
        collection_year as reported_in_collection_year
    from ranked
    where recency = 1

)

select * from permanence
