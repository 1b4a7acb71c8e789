-- 356: an episode cannot cease before it began (both dates valid).
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where dec < decom

)

select
    {{ rule_failures(
        '356', 'Episodes', locator='decom_text', values={'DECOM': 'decom_text', 'DEC': 'dec_text'}
    ) }}
from failing
