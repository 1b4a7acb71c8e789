-- 153: the three care-leaver items (IN_TOUCH, ACTIV, ACCOM) are either all given or all blank.
with

oc3 as (

    select * from {{ ref('ssda903__oc3') }}

),

failing as (

    select * from oc3
    where
        not (in_touch is not null and activ is not null and accom is not null)
        and not (in_touch is null and activ is null and accom is null)

)

select
    {{ rule_failures(
        '153', 'OC3', values={'IN_TOUCH': 'in_touch', 'ACTIV': 'activ', 'ACCOM': 'accom'}
    ) }}
from failing
