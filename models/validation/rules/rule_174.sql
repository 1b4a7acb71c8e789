-- 174: a date of birth of the mother's child is recorded for a child whose sex is male.
with

header as (

    select * from {{ ref('ssda903__header') }}

),

failing as (

    select * from header
    where sex = 'M' and mc_dob_text is not null

)

select
    {{ rule_failures('174', 'Header', values={'SEX': 'sex', 'MC_DOB': 'mc_dob_text'}) }}
from failing
