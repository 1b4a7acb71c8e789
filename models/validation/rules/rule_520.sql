-- 520: a married couple of different sexes (L11) must be coded MF; a blank gender of adopters
-- fails too.
with

ad1 as (

    select * from {{ ref('ssda903__ad1') }}

),

failing as (

    select * from ad1
    where
        ls_adoptr = 'L11'
        and coalesce(sex_adoptr, '') != 'MF'

)

select
    {{ rule_failures(
        '520', 'AD1', values={'LS_ADOPTR': 'ls_adoptr', 'SEX_ADOPTR': 'sex_adoptr'}
    ) }}
from failing
