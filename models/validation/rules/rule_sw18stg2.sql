-- SW18STG2: where both dates are valid, a social worker episode ends after the day it began.
with

sw_episodes as (

    select * from {{ ref('ssda903__sw_episodes') }}

),

failing as (

    select * from sw_episodes
    where sw_dec <= sw_decom

)

select
    {{ rule_failures(
        'SW18STG2', 'SWEpisodes', locator='sw_decom_text',
        values={'SW_DECOM': 'sw_decom_text', 'SW_DEC': 'sw_dec_text'}
    ) }}
from failing
