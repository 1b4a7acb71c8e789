-- The Missing table of the return, one row per landed row, for every LA and year.
with

missing as (

    select
        la_code,
        collection_year,
        child,
        dob,
        dob_text,
        missing,
        mis_start,
        mis_start_text,
        mis_end,
        mis_end_text,
        _source_file,
        _source_row
    from {{ ref('stg_ssda903__missing') }}

)

select * from missing
