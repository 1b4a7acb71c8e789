-- The PrevPerm table of the return, one row per landed row, for every LA and year.
with

prev_perm as (

    select
        la_code,
        collection_year,
        child,
        dob,
        dob_text,
        prev_perm,
        la_perm,
        date_perm,
        date_perm_text,
        _source_file,
        _source_row
    from {{ ref('stg_ssda903__prev_perm') }}

)

select * from prev_perm
