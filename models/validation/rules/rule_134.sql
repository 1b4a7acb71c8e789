-- 134: a child with care leaver information (an OC3 row with any of IN_TOUCH, ACTIV, ACCOM
-- given) also has adoption information: the child's AD1 row, reported, has any of DATE_INT,
-- DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR given.
with

ad1 as (

    select * from {{ ref('ssda903__ad1') }}

),

care_leavers as (

    select distinct
        oc3.la_code,
        oc3.collection_year,
        oc3.child
    from {{ ref('ssda903__oc3') }} as oc3
    where {{ any_given('oc3', care_leaver_items()) }}

),

failing as (

    select ad1.* from ad1
    inner join care_leavers
        on
            ad1.la_code = care_leavers.la_code
            and ad1.collection_year = care_leavers.collection_year
            and ad1.child = care_leavers.child
    where {{ any_given('ad1', adoption_items()) }}

)

select
    {{ rule_failures('134', 'AD1', values={'CHILD': 'child'}) }}
from failing
