-- The Episodes table of the return, one row per landed row, for every LA and year.
with

episodes as (

    select
        la_code,
        collection_year,
        child,
        decom,
        decom_text,
        rne,
        ls,
        cin,
        place,
        place_provider,
        dec,
        dec_text,
        rec,
        reason_place_change,
        home_post,
        pl_post,
        urn,
        _source_file,
        _source_row
    from {{ ref('stg_ssda903__episodes') }}

)

select * from episodes
