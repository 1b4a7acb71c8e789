-- 148: the date an episode ceased and the reason it ceased are both given or both blank.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where (dec_text is null) != (rec is null)

)

select
    {{ rule_failures(
        '148', 'Episodes', locator='decom_text', values={'DEC': 'dec_text', 'REC': 'rec'}
    ) }}
from failing
