-- The Missing table of the return, for every LA and year: one row per row of the LA's
-- current landed file; for an LA and year with no landed 903 file at all (a CMS-fed LA),
-- the rows derived from the common data model. A submitted return always wins.
with

missing_landed as (

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

),

landed_returns as (

    select distinct
        la_code,
        collection_year
    from {{ ref('stg_ssda903__current_loads') }}

),

derived as (

    select derived_rows.*
    from {{ ref('int_ssda903__missing_from_cdm') }} as derived_rows
    left join landed_returns
        on
            derived_rows.la_code = landed_returns.la_code
            and derived_rows.collection_year = landed_returns.collection_year
    where landed_returns.la_code is null

),

missing as (

    select
        missing_landed.la_code,
        missing_landed.collection_year,
        missing_landed.child,
        missing_landed.dob,
        missing_landed.dob_text,
        missing_landed.missing,
        missing_landed.mis_start,
        missing_landed.mis_start_text,
        missing_landed.mis_end,
        missing_landed.mis_end_text,
        missing_landed._source_file,
        missing_landed._source_row
    from missing_landed
    union all
    select
        derived.la_code,
        derived.collection_year,
        derived.child,
        derived.dob,
        derived.dob_text,
        derived.missing,
        derived.mis_start,
        derived.mis_start_text,
        derived.mis_end,
        derived.mis_end_text,
        derived._source_file,
        derived._source_row
    from derived

)

select * from missing
