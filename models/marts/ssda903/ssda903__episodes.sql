-- The Episodes table of the return, for every LA and year: one row per row of the LA's
-- current landed file; for an LA and year with no landed 903 file at all (a CMS-fed LA),
-- the rows derived from the common data model. A submitted return always wins.
with

episodes_landed as (

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

),

landed_returns as (

    select distinct
        la_code,
        collection_year
    from {{ ref('stg_ssda903__current_loads') }}

),

derived as (

    select derived_rows.*
    from {{ ref('int_ssda903__episodes_from_cdm') }} as derived_rows
    left join landed_returns
        on
            derived_rows.la_code = landed_returns.la_code
            and derived_rows.collection_year = landed_returns.collection_year
    where landed_returns.la_code is null

),

episodes as (

    select
        episodes_landed.la_code,
        episodes_landed.collection_year,
        episodes_landed.child,
        episodes_landed.decom,
        episodes_landed.decom_text,
        episodes_landed.rne,
        episodes_landed.ls,
        episodes_landed.cin,
        episodes_landed.place,
        episodes_landed.place_provider,
        episodes_landed.dec,
        episodes_landed.dec_text,
        episodes_landed.rec,
        episodes_landed.reason_place_change,
        episodes_landed.home_post,
        episodes_landed.pl_post,
        episodes_landed.urn,
        episodes_landed._source_file,
        episodes_landed._source_row
    from episodes_landed
    union all
    select
        derived.la_code,
        derived.collection_year,
        derived.child,
        derived.decom,
        derived.decom_text,
        derived.rne,
        derived.ls,
        derived.cin,
        derived.place,
        derived.place_provider,
        derived.dec,
        derived.dec_text,
        derived.rec,
        derived.reason_place_change,
        derived.home_post,
        derived.pl_post,
        derived.urn,
        derived._source_file,
        derived._source_row
    from derived

)

select * from episodes
