-- 348: a care leaver whom last year's return (same LA, previous collection year) reported as
-- having died (IN_TOUCH DIED) is reported as DIED again this year.
with

oc3 as (

    select
        *,
        {{ previous_collection_year() }} as previous_collection_year
    from {{ ref('ssda903__oc3') }}

),

died_last_year as (

    select distinct
        la_code,
        collection_year,
        child
    from {{ ref('ssda903__oc3') }}
    where in_touch = 'DIED'

),

failing as (

    select oc3.* from oc3
    inner join died_last_year as died
        on
            oc3.la_code = died.la_code
            and oc3.previous_collection_year = died.collection_year
            and oc3.child = died.child
    where coalesce(oc3.in_touch, '') != 'DIED'

)

select
    {{ rule_failures('348', 'OC3', values={'IN_TOUCH': 'in_touch'}) }}
from failing
