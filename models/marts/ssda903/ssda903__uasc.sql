-- The UASC table of the return, for every LA and year: one row per row of the LA's
-- current landed file; for an LA and year with no landed 903 file at all (a CMS-fed LA),
-- the rows derived from the common data model. A submitted return always wins.
with

uasc_landed as (

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

),

landed_returns as (

    select distinct
        la_code,
        collection_year
    from {{ ref('stg_ssda903__current_loads') }}

),

derived as (

    select derived_rows.*
    from {{ ref('int_ssda903__uasc_from_cdm') }} as derived_rows
    left join landed_returns
        on
            derived_rows.la_code = landed_returns.la_code
            and derived_rows.collection_year = landed_returns.collection_year
    where landed_returns.la_code is null

),

uasc as (

    select
        uasc_landed.la_code,
        uasc_landed.collection_year,
        uasc_landed.child,
        uasc_landed.sex,
        uasc_landed.dob,
        uasc_landed.dob_text,
        uasc_landed.duc,
        uasc_landed.duc_text,
        uasc_landed._source_file,
        uasc_landed._source_row
    from uasc_landed
    union all
    select
        derived.la_code,
        derived.collection_year,
        derived.child,
        derived.sex,
        derived.dob,
        derived.dob_text,
        derived.duc,
        derived.duc_text,
        derived._source_file,
        derived._source_row
    from derived

)

select * from uasc
