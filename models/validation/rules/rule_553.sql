-- 553: a placement order granted (an episode with LS E1) needs the date of the decision that
-- the child should be placed for adoption: an E1 episode of a child with no PlacedAdoption
-- record fails (Episodes). While the order is in force (an E1 episode with no DEC), no
-- PlacedAdoption record of the child may say the decision ceased (DATE_PLACED_CEASED or
-- REASON_PLACED_CEASED given): such a record fails (PlacedAdoption).
with

placement_orders as (

    select * from {{ ref('ssda903__episodes') }}
    where ls = 'E1'

),

open_placement_orders as (

    select * from placement_orders
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
    '553',
    {'cte': 'placement_orders', 'table': 'episodes', 'values': {'LS': 'ls'}},
    {'cte': 'placed_adoption', 'table': 'placed_adoption'},
    condition='false',
    first_alone='true',
    report_second=false
) }}

union all

{{ paired_failures(
    '553',
    {'cte': 'ceased_decisions', 'table': 'placed_adoption',
        'values': {'DATE_PLACED_CEASED': 'date_placed_ceased_text',
            'REASON_PLACED_CEASED': 'reason_placed_ceased'}},
    {'cte': 'open_placement_orders', 'table': 'episodes'},
    condition='true',
    report_second=false
) }}
