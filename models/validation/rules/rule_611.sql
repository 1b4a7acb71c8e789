-- 611: the child is recorded as a mother (MOTHER = 1) but the date of birth of her child is
-- blank.
with

header as (

    select * from {{ ref('ssda903__header') }}

),

failing as (

    select * from header
    where mother = '1' and mc_dob_text is null

)

select
    {{ rule_failures('611', 'Header', values={'MOTHER': 'mother', 'MC_DOB': 'mc_dob_text'}) }}
from failing
