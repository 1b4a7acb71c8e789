-- One row per child known to an LA: the child's details from the latest return that holds them.
with

header as (

    select * from {{ ref('stg_ssda903__header') }}
    where child is not null

),

ranked as (

    select
        header.*,
        {{ latest_record_rank(['la_code', 'child']) }} as recency,
        min(header.collection_year)
            over (partition by header.la_code, header.child)
            as first_collection_year
    from header

),

children as (

    select
        la_code,
        child as child_id,
        sex as sex_code,
        dob as date_of_birth,
        ethnic as ethnicity_code,
        upn,
        mother as is_mother,
        mc_dob as first_child_date_of_birth,
        first_collection_year,
        collection_year as latest_collection_year
    from ranked
    where recency = 1

)

select * from children
