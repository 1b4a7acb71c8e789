-- How far to trust a council's figure: quality signals beside each council, year and measure,
-- from the quality families (models/analytics/**/int_analytics__measure_quality_<family>.sql,
-- docs/analytics.md), each the share (0 to 1) of the measure's inputs with a problem: with
-- validation errors, distance unknown, no SDQ, care leaver not known ... Empty until a family
-- emits signals. A signal over an empty cohort (no share) is left out.
with

signals as (

    {{ measure_quality_union() }}

),

registry as (

    select * from {{ ref('measure_registry') }}

),

local_authorities as (

    select * from {{ ref('local_authorities') }}

),

measure_quality as (

    select
        signals.time_period,
        signals.la_code,
        local_authorities.la_name,
        signals.measure_id,
        registry.label as measure_label,
        signals.signal,
        signals.share
    from signals
    left join registry
        on signals.measure_id = registry.measure_id
    left join local_authorities
        on signals.la_code = local_authorities.la_code

)

select * from measure_quality
where share is not null
