-- Health and wellbeing outcomes (OC2) of children looked after for twelve months at 31 March,
-- one row per child and collection year.
with

source_rows as (

    select * from {{ ref('stg_ssda903__oc2') }}
    where child is not null

),

ranked as (

    select
        source_rows.*,
        {{ latest_record_rank(['la_code', 'collection_year', 'child']) }} as recency
    from source_rows

),

health_outcomes as (

    select
        la_code,
        collection_year,
        child as child_id,
        sdq_score,
        sdq_reason as sdq_reason_code,
        convicted,
        health_check as health_check_up_to_date,
        immunisations as immunisations_up_to_date,
        teeth_check as teeth_checked,
        health_assessment as health_assessment_up_to_date,
        substance_misuse,
        intervention_received,
        intervention_offered
    from ranked
    where recency = 1

)

select * from health_outcomes
