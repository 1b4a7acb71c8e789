-- 558: a child who was adopted (an episode ending with REC E11 or E12) was not disrupted, so
-- the child's latest decision to place for adoption (the PlacedAdoption record with the latest
-- DATE_PLACED; blank or unparseable dates count as earliest, then the later row) must not have
-- a DATE_PLACED_CEASED. The adoption episode is reported. (The reference validator flags it
-- only when the child's records and adoption episodes pair up more than once and every record
-- has a ceased date: a single ceased decision passes there.)
with

adoption_episodes as (

    {{ adoption_episodes(ref('ssda903__episodes')) }}

),

ranked_decisions as (

    select
        *,
        row_number() over (
            partition by la_code, collection_year, child
            order by date_placed desc nulls last, _source_file desc, _source_row desc
        ) as position_from_latest
    from {{ ref('ssda903__placed_adoption') }}

),

latest_decision as (

    select * from ranked_decisions
    where position_from_latest = 1

)

{{ paired_failures(
    '558',
    {'cte': 'adoption_episodes', 'table': 'episodes', 'values': {'REC': 'rec'}},
    {'cte': 'latest_decision', 'table': 'placed_adoption'},
    condition='latest_decision.date_placed_ceased_text is not null',
    report_second=false
) }}
