-- 567: an incident does not end before it starts. Dates that do not parse are left to 1004
-- and 1005.
with

missing as (

    select * from {{ ref('ssda903__missing') }}

),

failing as (

    select * from missing
    where mis_end < mis_start

)

select
    {{ rule_failures(
        '567', 'Missing', locator='mis_start_text',
        values={'MIS_START': 'mis_start_text', 'MIS_END': 'mis_end_text'}
    ) }}
from failing
