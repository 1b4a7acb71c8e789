-- Deprivation of liberty orders, once each across returns.
with

source_rows as (

    select * from {{ ref('stg_ssda903__dolo') }}
    where child is not null and dolo_start is not null

),

ranked as (

    select
        source_rows.*,
        {{ latest_record_rank(['la_code', 'child', 'dolo_start']) }} as recency
    from source_rows

),

dol_orders as (

    select
        la_code,
        child as child_id,
        dolo_start as started_on,
        dolo_end as ended_on,
        collection_year as reported_in_collection_year
    from ranked
    where recency = 1

)

select * from dol_orders
