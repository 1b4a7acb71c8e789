-- 366: each short-term break under legal status V3 is its own episode, starting care (RNE S):
-- the placement cannot change during a break.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where
        ls = 'V3'
        and coalesce(rne, '') != 'S'

)

select
    {{ rule_failures('366', 'Episodes', locator='decom_text', values={'LS': 'ls', 'RNE': 'rne'}) }}
from failing
