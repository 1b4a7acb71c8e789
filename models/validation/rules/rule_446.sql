-- 446: placement orders (legal status E1) exist from December 2005: an E1 episode cannot
-- start before 1 December 2005. A DECOM that does not parse is left to the date rule.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where
        ls = 'E1'
        and decom < cast('2005-12-01' as date)

)

select
    {{ rule_failures(
        '446', 'Episodes', locator='decom_text', values={'LS': 'ls', 'DECOM': 'decom_text'}
    ) }}
from failing
