-- 556: the decision that a child should be placed for adoption comes before the freeing order:
-- an episode under legal status D1 fails when one of the child's PlacedAdoption records has a
-- DATE_PLACED after the episode's DECOM. Dates that do not parse are not compared.
with

freeing_order_episodes as (

    select * from {{ ref('ssda903__episodes') }}
    where ls = 'D1'

),

placed_adoption as (

    select * from {{ ref('ssda903__placed_adoption') }}

)

{{ paired_failures(
    '556',
    {'cte': 'freeing_order_episodes', 'table': 'episodes',
        'values': {'LS': 'ls', 'DECOM': 'decom_text'}},
    {'cte': 'placed_adoption', 'table': 'placed_adoption'},
    condition='placed_adoption.date_placed > freeing_order_episodes.decom',
    report_second=false
) }}
