-- The AD1 table of the return, one row per landed row, for every LA and year.
with

ad1 as (

    select
        la_code,
        collection_year,
        child,
        dob,
        dob_text,
        date_int,
        date_int_text,
        date_match,
        date_match_text,
        foster_care,
        nb_adoptr,
        sex_adoptr,
        ls_adoptr,
        _source_file,
        _source_row
    from {{ ref('stg_ssda903__ad1') }}

)

select * from ad1
