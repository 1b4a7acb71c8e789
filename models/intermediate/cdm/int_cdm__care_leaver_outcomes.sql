-- Care leavers' contact, activity and accommodation (OC3) around their 17th to 21st
-- birthdays, one row per care leaver and collection year.
with

source_rows as (

    select * from {{ ref('stg_ssda903__oc3') }}
    where child is not null

),

ranked as (

    select
        source_rows.*,
        {{ latest_record_rank(['la_code', 'collection_year', 'child']) }} as recency
    from source_rows

),

care_leaver_outcomes as (

    select
        la_code,
        collection_year,
        child as child_id,
        in_touch as in_touch_code,
        activ as activity_code,
        accom as accommodation_code
    from ranked
    where recency = 1

)

select * from care_leaver_outcomes
