-- 586: an incident does not start before the child was born. As DfE's tools read it, a start on
-- the date of birth itself is also flagged. Either date not parsing skips the record.
with

missing as (

    select * from {{ ref('ssda903__missing') }}

),

failing as (

    select * from missing
    where mis_start <= dob

)

select
    {{ rule_failures(
        '586', 'Missing', locator='mis_start_text',
        values={'DOB': 'dob_text', 'MIS_START': 'mis_start_text'}
    ) }}
from failing
