-- The Header table of the return, one row per landed row, for every LA and year.
with

header as (

    select
        la_code,
        collection_year,
        child,
        sex,
        dob,
        dob_text,
        ethnic,
        upn,
        mother,
        mc_dob,
        mc_dob_text,
        uasc,
        _source_file,
        _source_row
    from {{ ref('stg_ssda903__header') }}

)

select * from header
