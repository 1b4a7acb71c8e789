-- 635: an LA or a date of the previous permanence order is given although the previous
-- permanence code says there was none (Z1), or is blank.
with

prev_perm as (

    select * from {{ ref('ssda903__prev_perm') }}

),

failing as (

    select * from prev_perm
    where
        (la_perm is not null or date_perm_text is not null)
        and coalesce(prev_perm, 'Z1') = 'Z1'

)

select
    {{ rule_failures(
        '635', 'PrevPerm',
        values={'PREV_PERM': 'prev_perm', 'LA_PERM': 'la_perm', 'DATE_PERM': 'date_perm_text'}
    ) }}
from failing
