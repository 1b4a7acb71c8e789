-- The OC2 table of the return, one row per landed row, for every LA and year.
with

oc2 as (

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

)

select * from oc2
