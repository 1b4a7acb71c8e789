-- 564: a missing (M) or away (A) incident has its start date.
with

missing as (

    select * from {{ ref('ssda903__missing') }}

),

failing as (

    select * from missing
    where
        missing in ('M', 'A')
        and mis_start_text is null

)

select
    {{ rule_failures(
        '564', 'Missing', locator='mis_start_text',
        values={'MISSING': 'missing', 'MIS_START': 'mis_start_text'}
    ) }}
from failing
