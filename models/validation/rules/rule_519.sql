-- 519: civil partners (L2) must be coded as a couple, MM, FF or MF; a blank gender of adopters
-- fails too.
with

ad1 as (

    select * from {{ ref('ssda903__ad1') }}

),

failing as (

    select * from ad1
    where
        ls_adoptr = 'L2'
        and coalesce(sex_adoptr, '') not in ('MM', 'FF', 'MF')

)

select
    {{ rule_failures(
        '519', 'AD1', values={'LS_ADOPTR': 'ls_adoptr', 'SEX_ADOPTR': 'sex_adoptr'}
    ) }}
from failing
