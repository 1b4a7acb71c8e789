-- 555: a freeing order (legal status D1) means the decision that the child should be placed
-- for adoption was taken, so a D1 episode fails when the child has no PlacedAdoption record;
-- and while a D1 episode is open (no DEC), that decision cannot have ceased, so the child's
-- PlacedAdoption records with a DATE_PLACED_CEASED or a REASON_PLACED_CEASED fail.
with

freeing_order_episodes as (

    select * from {{ ref('ssda903__episodes') }}
    where ls = 'D1'

),

open_freeing_order_episodes as (

    select * from freeing_order_episodes
    where dec_text is null

),

placed_adoption as (

    select * from {{ ref('ssda903__placed_adoption') }}

),

ceased_decisions as (

    select * from placed_adoption
    where date_placed_ceased_text is not null or reason_placed_ceased is not null

)

{{ paired_failures(
    '555',
    {'cte': 'freeing_order_episodes', 'table': 'episodes', 'values': {'LS': 'ls'}},
    {'cte': 'placed_adoption', 'table': 'placed_adoption'},
    condition='false',
    first_alone='true',
    report_second=false
) }}

union all

{{ paired_failures(
    '555',
    {'cte': 'ceased_decisions', 'table': 'placed_adoption',
        'values': {'DATE_PLACED_CEASED': 'date_placed_ceased_text',
            'REASON_PLACED_CEASED': 'reason_placed_ceased'}},
    {'cte': 'open_freeing_order_episodes', 'table': 'episodes'},
    condition='true',
    report_second=false
) }}
