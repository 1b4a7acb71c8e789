-- 551: an episode placed for adoption (PLACE A3, A4, A5 or A6) needs the date of the decision
-- that the child should be placed for adoption: it fails when the child has no PlacedAdoption
-- record, or has one whose DATE_PLACED is blank.
with

placed_for_adoption as (

    select * from {{ ref('ssda903__episodes') }}
    where place in ('A3', 'A4', 'A5', 'A6')

),

placed_adoption as (

    select * from {{ ref('ssda903__placed_adoption') }}

)

{{ paired_failures(
    '551',
    {'cte': 'placed_for_adoption', 'table': 'episodes', 'values': {'PLACE': 'place'}},
    {'cte': 'placed_adoption', 'table': 'placed_adoption'},
    condition='placed_adoption.date_placed_text is null',
    first_alone='true',
    report_second=false
) }}
