-- The Header table of the return, for every LA and year: one row per row of the LA's
-- current landed file; for an LA and year with no landed 903 file at all (a CMS-fed LA),
-- the rows derived from the common data model. A submitted return always wins.
with

header_landed as (

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

),

landed_returns as (

    select distinct
        la_code,
        collection_year
    from {{ ref('stg_ssda903__current_loads') }}

),

derived as (

    select derived_rows.*
    from {{ ref('int_ssda903__header_from_cdm') }} as derived_rows
    left join landed_returns
        on
            derived_rows.la_code = landed_returns.la_code
            and derived_rows.collection_year = landed_returns.collection_year
    where landed_returns.la_code is null

),

header as (

    select
        header_landed.la_code,
        header_landed.collection_year,
        header_landed.child,
        header_landed.sex,
        header_landed.dob,
        header_landed.dob_text,
        header_landed.ethnic,
        header_landed.upn,
        header_landed.mother,
        header_landed.mc_dob,
        header_landed.mc_dob_text,
        header_landed.uasc,
        header_landed._source_file,
        header_landed._source_row
    from header_landed
    union all
    select
        derived.la_code,
        derived.collection_year,
        derived.child,
        derived.sex,
        derived.dob,
        derived.dob_text,
        derived.ethnic,
        derived.upn,
        derived.mother,
        derived.mc_dob,
        derived.mc_dob_text,
        derived.uasc,
        derived._source_file,
        derived._source_row
    from derived

)

select * from header
