-- The Reviews table of the return, for every LA and year: one row per row of the LA's
-- current landed file; for an LA and year with no landed 903 file at all (a CMS-fed LA),
-- the rows derived from the common data model. A submitted return always wins.
with

reviews_landed as (

    select
        la_code,
        collection_year,
        child,
        dob,
        dob_text,
        review,
        review_text,
        review_code,
        _source_file,
        _source_row
    from {{ ref('stg_ssda903__reviews') }}

),

landed_returns as (

    select distinct
        la_code,
        collection_year
    from {{ ref('stg_ssda903__current_loads') }}

),

derived as (

    select derived_rows.*
    from {{ ref('int_ssda903__reviews_from_cdm') }} as derived_rows
    left join landed_returns
        on
            derived_rows.la_code = landed_returns.la_code
            and derived_rows.collection_year = landed_returns.collection_year
    where landed_returns.la_code is null

),

reviews as (

    select
        reviews_landed.la_code,
        reviews_landed.collection_year,
        reviews_landed.child,
        reviews_landed.dob,
        reviews_landed.dob_text,
        reviews_landed.review,
        reviews_landed.review_text,
        reviews_landed.review_code,
        reviews_landed._source_file,
        reviews_landed._source_row
    from reviews_landed
    union all
    select
        derived.la_code,
        derived.collection_year,
        derived.child,
        derived.dob,
        derived.dob_text,
        derived.review,
        derived.review_text,
        derived.review_code,
        derived._source_file,
        derived._source_row
    from derived

)

select * from reviews
