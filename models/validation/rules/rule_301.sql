-- 301: the date of birth must not be after the end of the collection year (31 March). A date
-- that does not parse is left to rule 102.
with

header as (

    select * from {{ ref('ssda903__header') }}

),

failing as (

    select * from header
    where dob > {{ collection_end() }}

)

select
    {{ rule_failures('301', 'Header', values={'DOB': 'dob_text'}) }}
from failing
