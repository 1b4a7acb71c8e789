-- The date macros the rules share, applied to every child: collection year bounds and ages in
-- completed years at each. Small, and it gives the macros a unit test.
with

header as (

    select * from {{ ref('ssda903__header') }}

),

checks as (

    select
        child,
        {{ collection_start() }} as collection_start,
        {{ collection_end() }} as collection_end,
        {{ age_in_years('dob', collection_start()) }} as age_at_start,
        {{ age_in_years('dob', collection_end()) }} as age_at_end
    from header

)

select * from checks
