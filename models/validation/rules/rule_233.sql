-- 233: an episode that has not ceased (no date episode ceased) has no reason for placement
-- change.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where
        dec_text is null
        and reason_place_change is not null

)

select
    {{ rule_failures(
        '233', 'Episodes', locator='decom_text',
        values={'DEC': 'dec_text', 'REASON_PLACE_CHANGE': 'reason_place_change'}
    ) }}
from failing
