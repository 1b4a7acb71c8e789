-- 522: a decision to place for adoption cannot be reversed before it was made (both dates
-- valid; an unparseable date is left to rules 115 and 116).
with

placed_adoption as (

    select * from {{ ref('ssda903__placed_adoption') }}

),

failing as (

    select * from placed_adoption
    where date_placed_ceased < date_placed

)

select
    {{ rule_failures(
        '522', 'PlacedAdoption', locator='date_placed_text', values={
            'DATE_PLACED': 'date_placed_text',
            'DATE_PLACED_CEASED': 'date_placed_ceased_text'
        }
    ) }}
from failing
