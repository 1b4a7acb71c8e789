-- Structural: in the CDM's legal statuses and placements no row starts on the day the previous
-- row of the same child ended with identical attributes (such rows are merged into one).
-- A failure here is a bug in our models, never a property of an LA's data.
{{ config(severity='error') }}

with

legal_statuses as (

    select
        'legal_statuses' as entity,
        la_code,
        source_system,
        child_id,
        started_on,
        ended_on,
        coalesce(legal_status_code, '~') as attributes
    from {{ ref('int_cdm__legal_statuses') }}

),

placements as (

    select
        'placements' as entity,
        la_code,
        source_system,
        child_id,
        started_on,
        ended_on,
        concat(
            coalesce(placement_type_code, '~'), '|',
            coalesce(placement_provider_code, '~'), '|',
            coalesce(provider_urn, '~'), '|',
            coalesce(placement_postcode, '~'), '|',
            coalesce(carer_id, '~')
        ) as attributes
    from {{ ref('int_cdm__placements') }}

),

histories as (

    select * from legal_statuses
    union all
    select * from placements

),

compared as (

    select
        entity,
        la_code,
        source_system,
        child_id,
        started_on,
        attributes,
        lag(ended_on) over (
            partition by entity, la_code, source_system, child_id
            order by started_on asc, ended_on asc nulls last
        ) as previous_ended_on,
        lag(attributes) over (
            partition by entity, la_code, source_system, child_id
            order by started_on asc, ended_on asc nulls last
        ) as previous_attributes
    from histories

)

select
    entity,
    la_code,
    source_system,
    count(*) as unmerged_rows
from compared
where previous_ended_on = started_on and attributes = previous_attributes
group by entity, la_code, source_system
