-- 523: the date of the decision that the child should be placed for adoption (PlacedAdoption
-- DATE_PLACED) must be the date of the decision that adoption is in the child's best
-- interests (AD1 DATE_INT). Where both parse and differ, the PlacedAdoption record and the AD1
-- record are reported.
with

placed_adoption as (

    select * from {{ ref('ssda903__placed_adoption') }}

),

ad1 as (

    select * from {{ ref('ssda903__ad1') }}

)

{{ paired_failures(
    '523',
    {'cte': 'placed_adoption', 'table': 'placed_adoption',
        'values': {'DATE_PLACED': 'date_placed_text'}},
    {'cte': 'ad1', 'table': 'ad1', 'values': {'DATE_INT': 'date_int_text'}},
    condition='placed_adoption.date_placed != ad1.date_int'
) }}
