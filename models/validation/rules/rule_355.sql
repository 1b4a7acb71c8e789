-- 355: an episode that ceases on the day it began lasted less than 24 hours.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where decom = dec

)

select
    {{ rule_failures(
        '355', 'Episodes', locator='decom_text', values={'DECOM': 'decom_text', 'DEC': 'dec_text'}
    ) }}
from failing
