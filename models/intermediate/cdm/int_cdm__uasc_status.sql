-- Unaccompanied asylum-seeking child status and the date it ceased, from the newest return.
with

source_rows as (

    select * from {{ ref('stg_ssda903__uasc') }}
    where child is not null

),

ranked as (

    select
        source_rows.*,
        {{ latest_record_rank(['la_code', 'child']) }} as recency
    from source_rows

),

uasc_status as (

    select
        la_code,
        child as child_id,
        duc as uasc_ceased_on,
        collection_year as reported_in_collection_year
    from ranked
    where recency = 1

)

select * from uasc_status
