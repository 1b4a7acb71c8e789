-- The OC3 table of the return, for every LA and year: one row per row of the LA's
-- current landed file; for an LA and year with no landed 903 file at all (a CMS-fed LA),
-- the rows derived from the common data model. A submitted return always wins.
with

oc3_landed as (

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

),

landed_returns as (

    select distinct
        la_code,
        collection_year
    from {{ ref('stg_ssda903__current_loads') }}

),

derived as (

    select derived_rows.*
    from {{ ref('int_ssda903__oc3_from_cdm') }} as derived_rows
    left join landed_returns
        on
            derived_rows.la_code = landed_returns.la_code
            and derived_rows.collection_year = landed_returns.collection_year
    where landed_returns.la_code is null

),

oc3 as (

    select
        oc3_landed.la_code,
        oc3_landed.collection_year,
        oc3_landed.child,
        oc3_landed.dob,
        oc3_landed.dob_text,
        oc3_landed.in_touch,
        oc3_landed.activ,
        oc3_landed.accom,
        oc3_landed._source_file,
        oc3_landed._source_row
    from oc3_landed
    union all
    select
        derived.la_code,
        derived.collection_year,
        derived.child,
        derived.dob,
        derived.dob_text,
        derived.in_touch,
        derived.activ,
        derived.accom,
        derived._source_file,
        derived._source_row
    from derived

)

select * from oc3
