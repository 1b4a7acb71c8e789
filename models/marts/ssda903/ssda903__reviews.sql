-- The Reviews table of the return, one row per landed row, for every LA and year.
with

reviews as (

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

)

select * from reviews
