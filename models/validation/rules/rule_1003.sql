-- 1003: a decision that the child should be placed for adoption (DATE_PLACED) must not come
-- before the child started to be looked after: the start (DECOM) of the child's first episode
-- this year that began a period of care (RNE S), by start date; episodes whose start date does
-- not parse are left out. Both the PlacedAdoption record and that episode are reported.
with

placed_adoption as (

    select * from {{ ref('ssda903__placed_adoption') }}

),

first_started as (

    {{ one_episode_per_child("rne = 'S'") }}

)

{{ paired_failures(
    '1003',
    {'cte': 'placed_adoption', 'table': 'placed_adoption',
        'values': {'DATE_PLACED': 'date_placed_text'}},
    {'cte': 'first_started', 'table': 'episodes',
        'values': {'DECOM': 'decom_text', 'RNE': 'rne'}},
    condition='placed_adoption.date_placed < first_started.decom'
) }}
