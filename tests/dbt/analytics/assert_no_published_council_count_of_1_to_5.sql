-- Disclosure control: no council cell of the publication mart shows a count of 1 to 5 children
-- (a count measure's value, or a count behind a percentage, rate or mean): those are c. A
-- failure here is a bug in our models, never a property of a council's data.
with

measures as (

    select * from {{ ref('analytics__measures') }}

),

registry as (

    select * from {{ ref('measure_registry') }}

),

publication as (

    select * from {{ ref('analytics__publication') }}

),

published_cells as (

    select
        publication.old_la_code,
        publication.time_period,
        publication.measure_id,
        publication.breakdown_topic,
        publication.breakdown,
        publication.value_published,
        registry.unit,
        registry.suppression_class,
        case
            when registry.suppression_class in ('count', 'percent', 'rate') then measures.numerator
            when registry.suppression_class = 'mean' then measures.denominator
        end as protected_count
    from publication
    inner join registry
        on publication.measure_id = registry.measure_id
    inner join measures
        on
            publication.old_la_code = measures.old_la_code
            and publication.time_period = measures.time_period
            and publication.measure_id = measures.measure_id
            and publication.breakdown_topic = measures.breakdown_topic
            and publication.breakdown = measures.breakdown
    where publication.geographic_level = 'Local authority'

)

select *
from published_cells
where
    suppression_class != 'none'
    and (
        (protected_count >= 1 and protected_count <= 5 and value_published != 'c')
        or (unit = 'count' and try_cast(value_published as double) between 1 and 5)
    )
