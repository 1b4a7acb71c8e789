-- 426: a child's respite care is recorded either episode by episode (V3) or as an agreement
-- (V4), never both in one year: a child with both has every V3 and V4 episode reported.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

respite as (

    select
        *,
        max(case when ls = 'V3' then 1 else 0 end)
            over (partition by la_code, collection_year, child) as has_v3,
        max(case when ls = 'V4' then 1 else 0 end)
            over (partition by la_code, collection_year, child) as has_v4
    from episodes

),

failing as (

    select * from respite
    where
        ls in ('V3', 'V4')
        and has_v3 = 1
        and has_v4 = 1

)

select
    {{ rule_failures(
        '426', 'Episodes', locator='decom_text', values={'LS': 'ls'}
    ) }}
from failing
