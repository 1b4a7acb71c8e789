-- 511: two adopters (NB_ADOPTR 2) cannot have the gender code of a single adopter (M1, F1).
with

ad1 as (

    select * from {{ ref('ssda903__ad1') }}

),

failing as (

    select * from ad1
    where
        nb_adoptr = '2'
        and sex_adoptr in ('M1', 'F1')

)

select
    {{ rule_failures(
        '511', 'AD1', values={'NB_ADOPTR': 'nb_adoptr', 'SEX_ADOPTR': 'sex_adoptr'}
    ) }}
from failing
