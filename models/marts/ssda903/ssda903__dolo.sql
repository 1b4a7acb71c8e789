-- The DoLO table of the return, one row per landed row, for every LA and year.
with

dolo as (

    select
        la_code,
        collection_year,
        child,
        dob,
        dob_text,
        dolo_start,
        dolo_start_text,
        dolo_end,
        dolo_end_text,
        _source_file,
        _source_row
    from {{ ref('stg_ssda903__dolo') }}

)

select * from dolo
