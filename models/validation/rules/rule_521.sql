-- 521: the date of the decision that adoption is in the child's best interests (AD1 DATE_INT)
-- must be on or before the date the child was placed for adoption: the start (DECOM) of every
-- episode placed for adoption (PLACE A3, A4, A5 or A6). Both dates must parse. The AD1 record
-- and each such episode after it are reported.
with

ad1 as (

    select * from {{ ref('ssda903__ad1') }}

),

placed_for_adoption as (

    select * from {{ ref('ssda903__episodes') }}
    where place in ('A3', 'A4', 'A5', 'A6')

)

{{ paired_failures(
    '521',
    {'cte': 'ad1', 'table': 'ad1', 'values': {'DATE_INT': 'date_int_text'}},
    {'cte': 'placed_for_adoption', 'table': 'episodes',
        'values': {'DECOM': 'decom_text', 'PLACE': 'place'}},
    condition='ad1.date_int > placed_for_adoption.decom'
) }}
