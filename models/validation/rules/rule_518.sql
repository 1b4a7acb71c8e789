-- 518: an unmarried couple of the same sex (L4) must be coded MM or FF; a blank gender of
-- adopters fails too.
with

ad1 as (

    select * from {{ ref('ssda903__ad1') }}

),

failing as (

    select * from ad1
    where
        ls_adoptr = 'L4'
        and coalesce(sex_adoptr, '') not in ('MM', 'FF')

)

select
    {{ rule_failures(
        '518', 'AD1', values={'LS_ADOPTR': 'ls_adoptr', 'SEX_ADOPTR': 'sex_adoptr'}
    ) }}
from failing
