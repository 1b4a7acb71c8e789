-- 514: a single adopter (L0) must be coded as a single adopter, M1 or F1; a blank gender of
-- adopters fails too.
with

ad1 as (

    select * from {{ ref('ssda903__ad1') }}

),

failing as (

    select * from ad1
    where
        ls_adoptr = 'L0'
        and coalesce(sex_adoptr, '') not in ('M1', 'F1')

)

select
    {{ rule_failures(
        '514', 'AD1', values={'LS_ADOPTR': 'ls_adoptr', 'SEX_ADOPTR': 'sex_adoptr'}
    ) }}
from failing
