-- 565: an incident with a start date says whether the child was missing or away (MISSING).
with

missing as (

    select * from {{ ref('ssda903__missing') }}

),

failing as (

    select * from missing
    where
        mis_start_text is not null
        and missing is null

)

select
    {{ rule_failures(
        '565', 'Missing', locator='mis_start_text',
        values={'MISSING': 'missing', 'MIS_START': 'mis_start_text'}
    ) }}
from failing
