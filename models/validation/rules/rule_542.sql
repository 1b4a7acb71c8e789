-- 542: no conviction item for a child under 10 on 31 March. A date of birth that does not
-- parse skips the record.
with

oc2 as (

    select * from {{ ref('ssda903__oc2') }}

),

failing as (

    select * from oc2
    where
        dob is not null
        and {{ age_in_years('dob', collection_end()) }} < 10
        and convicted is not null

)

select
    {{ rule_failures('542', 'OC2', values={'DOB': 'dob_text', 'CONVICTED': 'convicted'}) }}
from failing
