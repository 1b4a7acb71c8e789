-- 353: no episode starts before 14 October 1991 (the Children Act 1989 came into force).
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where decom < cast('1991-10-14' as date)

)

select
    {{ rule_failures('353', 'Episodes', locator='decom_text', values={'DECOM': 'decom_text'}) }}
from failing
