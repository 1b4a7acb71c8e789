-- 563: a reversed decision (date and reason of reversal given) needs the date of the decision
-- itself.
with

placed_adoption as (

    select * from {{ ref('ssda903__placed_adoption') }}

),

failing as (

    select * from placed_adoption
    where
        reason_placed_ceased is not null
        and date_placed_ceased_text is not null
        and date_placed_text is null

)

select
    {{ rule_failures(
        '563', 'PlacedAdoption', locator='date_placed_text', values={
            'DATE_PLACED': 'date_placed_text',
            'DATE_PLACED_CEASED': 'date_placed_ceased_text',
            'REASON_PLACED_CEASED': 'reason_placed_ceased'
        }
    ) }}
from failing
