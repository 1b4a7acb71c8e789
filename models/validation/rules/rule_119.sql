-- 119: the date a decision to place for adoption was reversed and the reason for the reversal
-- are both given or both blank.
with

placed_adoption as (

    select * from {{ ref('ssda903__placed_adoption') }}

),

failing as (

    select * from placed_adoption
    where (date_placed_ceased_text is null) != (reason_placed_ceased is null)

)

select
    {{ rule_failures(
        '119', 'PlacedAdoption', locator='date_placed_text', values={
            'DATE_PLACED_CEASED': 'date_placed_ceased_text',
            'REASON_PLACED_CEASED': 'reason_placed_ceased'
        }
    ) }}
from failing
