-- The PlacedAdoption table of the return, one row per landed row, for every LA and year.
with

placed_adoption as (

    select
        la_code,
        collection_year,
        child,
        dob,
        dob_text,
        date_placed,
        date_placed_text,
        date_placed_ceased,
        date_placed_ceased_text,
        reason_placed_ceased,
        _source_file,
        _source_row
    from {{ ref('stg_ssda903__placed_adoption') }}

)

select * from placed_adoption
