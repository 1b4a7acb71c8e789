-- 552: the decision that the child should be placed for adoption must be on or before the
-- child was placed for adoption: the child's latest decision (PlacedAdoption DATE_PLACED, among
-- those that parse; a tie goes to the earlier row) must not be after the start (DECOM) of the
-- child's first episode placed for adoption (PLACE A3, A4, A5 or A6) by start date (episodes
-- whose start date does not parse are left out). That decision and that episode are reported.
with

ranked_decisions as (

    select
        *,
        row_number() over (
            partition by la_code, collection_year, child
            order by date_placed desc, _source_file asc, _source_row asc
        ) as position_from_latest
    from {{ ref('ssda903__placed_adoption') }}
    where date_placed is not null

),

latest_decision as (

    select * from ranked_decisions
    where position_from_latest = 1

),

first_placed as (

    {{ one_episode_per_child("place in ('A3', 'A4', 'A5', 'A6')") }}

)

{{ paired_failures(
    '552',
    {'cte': 'latest_decision', 'table': 'placed_adoption',
        'values': {'DATE_PLACED': 'date_placed_text'}},
    {'cte': 'first_placed', 'table': 'episodes',
        'values': {'DECOM': 'decom_text', 'PLACE': 'place'}},
    condition='latest_decision.date_placed > first_placed.decom'
) }}
