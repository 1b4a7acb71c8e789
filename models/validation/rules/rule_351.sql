-- 351: the child must not be over 25 at the start of the collection year: the 25th birthday
-- must fall on or after 1 April. A date of birth that does not parse is left to rule 102.
with

header as (

    select * from {{ ref('ssda903__header') }}

),

failing as (

    select * from header
    where {{ dbt.dateadd('year', 25, 'dob') }} < {{ collection_start() }}

)

select
    {{ rule_failures('351', 'Header', values={'DOB': 'dob_text'}) }}
from failing
