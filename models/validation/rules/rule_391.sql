-- 391: care-leaver items are only for young people who turn 17 or more by the end of the
-- collection year (DfE: date of birth less than 17 years before the collection end is an
-- error when any of IN_TOUCH, ACTIV, ACCOM is given). A date of birth that does not parse
-- skips the record.
with

oc3 as (

    select * from {{ ref('ssda903__oc3') }}

),

failing as (

    select * from oc3
    where
        dob is not null
        and {{ age_in_years('dob', collection_end()) }} < 17
        and (in_touch is not null or activ is not null or accom is not null)

)

select
    {{ rule_failures(
        '391', 'OC3',
        values={'DOB': 'dob_text', 'IN_TOUCH': 'in_touch', 'ACTIV': 'activ', 'ACCOM': 'accom'}
    ) }}
from failing
