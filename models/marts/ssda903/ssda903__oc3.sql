-- The OC3 table of the return, one row per landed row, for every LA and year.
with

oc3 as (

    select
        la_code,
        collection_year,
        child,
        dob,
        dob_text,
        in_touch,
        activ,
        accom,
        _source_file,
        _source_row
    from {{ ref('stg_ssda903__oc3') }}

)

select * from oc3
