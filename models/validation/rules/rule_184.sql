-- 184: a decision that the child should be placed for adoption (DATE_PLACED) must not be
-- before the child was born (DOB of the child's Header; both must parse).
with

placed_adoption as (

    select * from {{ ref('ssda903__placed_adoption') }}

),

header as (

    select * from {{ ref('ssda903__header') }}

)

{{ paired_failures(
    '184',
    {'cte': 'placed_adoption', 'table': 'placed_adoption',
        'values': {'DATE_PLACED': 'date_placed_text'}},
    {'cte': 'header', 'table': 'header'},
    condition='placed_adoption.date_placed < header.dob',
    report_second=false
) }}
