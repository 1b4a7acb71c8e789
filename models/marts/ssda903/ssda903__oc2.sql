-- The OC2 table of the return, for every LA and year: one row per row of the LA's
-- current landed file; for an LA and year with no landed 903 file at all (a CMS-fed LA),
-- the rows derived from the common data model. A submitted return always wins.
with

oc2_landed as (

    select
        la_code,
        collection_year,
        child,
        dob,
        dob_text,
        sdq_score,
        sdq_reason,
        convicted,
        health_check,
        immunisations,
        teeth_check,
        health_assessment,
        substance_misuse,
        intervention_received,
        intervention_offered,
        _source_file,
        _source_row
    from {{ ref('stg_ssda903__oc2') }}

),

landed_returns as (

    select distinct
        la_code,
        collection_year
    from {{ ref('stg_ssda903__current_loads') }}

),

derived as (

    select derived_rows.*
    from {{ ref('int_ssda903__oc2_from_cdm') }} as derived_rows
    left join landed_returns
        on
            derived_rows.la_code = landed_returns.la_code
            and derived_rows.collection_year = landed_returns.collection_year
    where landed_returns.la_code is null

),

oc2 as (

    select
        oc2_landed.la_code,
        oc2_landed.collection_year,
        oc2_landed.child,
        oc2_landed.dob,
        oc2_landed.dob_text,
        oc2_landed.sdq_score,
        oc2_landed.sdq_reason,
        oc2_landed.convicted,
        oc2_landed.health_check,
        oc2_landed.immunisations,
        oc2_landed.teeth_check,
        oc2_landed.health_assessment,
        oc2_landed.substance_misuse,
        oc2_landed.intervention_received,
        oc2_landed.intervention_offered,
        oc2_landed._source_file,
        oc2_landed._source_row
    from oc2_landed
    union all
    select
        derived.la_code,
        derived.collection_year,
        derived.child,
        derived.dob,
        derived.dob_text,
        derived.sdq_score,
        derived.sdq_reason,
        derived.convicted,
        derived.health_check,
        derived.immunisations,
        derived.teeth_check,
        derived.health_assessment,
        derived.substance_misuse,
        derived.intervention_received,
        derived.intervention_offered,
        derived._source_file,
        derived._source_row
    from derived

)

select * from oc2
