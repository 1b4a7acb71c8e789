-- The UASC table of the return, one row per landed row, for every LA and year.
with

uasc as (

    select
        la_code,
        collection_year,
        child,
        sex,
        dob,
        dob_text,
        duc,
        duc_text,
        _source_file,
        _source_row
    from {{ ref('stg_ssda903__uasc') }}

)

select * from uasc
