-- The DoLO table of the return, for every LA and year: one row per row of the LA's
-- current landed file; for an LA and year with no landed 903 file at all (a CMS-fed LA),
-- the rows derived from the common data model. A submitted return always wins.
with

dolo_landed as (

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

),

landed_returns as (

    select distinct
        la_code,
        collection_year
    from {{ ref('stg_ssda903__current_loads') }}

),

derived as (

    select derived_rows.*
    from {{ ref('int_ssda903__dolo_from_cdm') }} as derived_rows
    left join landed_returns
        on
            derived_rows.la_code = landed_returns.la_code
            and derived_rows.collection_year = landed_returns.collection_year
    where landed_returns.la_code is null

),

dolo as (

    select
        dolo_landed.la_code,
        dolo_landed.collection_year,
        dolo_landed.child,
        dolo_landed.dob,
        dolo_landed.dob_text,
        dolo_landed.dolo_start,
        dolo_landed.dolo_start_text,
        dolo_landed.dolo_end,
        dolo_landed.dolo_end_text,
        dolo_landed._source_file,
        dolo_landed._source_row
    from dolo_landed
    union all
    select
        derived.la_code,
        derived.collection_year,
        derived.child,
        derived.dob,
        derived.dob_text,
        derived.dolo_start,
        derived.dolo_start_text,
        derived.dolo_end,
        derived.dolo_end_text,
        derived._source_file,
        derived._source_row
    from derived

)

select * from dolo
