-- 392b: an episode of a child looked after (not respite care under V3 or V4) needs both the home
-- and the placement postcode, unless the child was an unaccompanied asylum-seeking child this year
-- or in either of the two years before (DfE: UASC, last year's UASC and the year before's). A child
-- counts as UASC in a year when it is in that year's UASC table or its header says UASC = 1 (XML
-- returns). A blank legal status is not exempt. The reference validator looks at last year's UASC
-- only.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

uasc_children as (

    select
        la_code,
        collection_year,
        child
    from {{ ref('ssda903__uasc') }}

    union all

    select
        la_code,
        collection_year,
        child
    from {{ ref('ssda903__header') }}
    where uasc = '1'

),

uasc_years as (

    select distinct
        la_code,
        child,
        {{ collection_start_year() }} as start_year
    from uasc_children

),

missing_postcodes as (

    select * from episodes
    where
        coalesce(ls, '') not in ('V3', 'V4')
        and (home_post is null or pl_post is null)

),

failing as (

    select missing_postcodes.* from missing_postcodes
    left join uasc_years
        on
            missing_postcodes.la_code = uasc_years.la_code
            and missing_postcodes.child = uasc_years.child
            and uasc_years.start_year
            between {{ collection_start_year('missing_postcodes.collection_year') }} - 2
            and {{ collection_start_year('missing_postcodes.collection_year') }}
    where uasc_years.child is null

)

select
    {{ rule_failures(
        '392b', 'Episodes', locator='decom_text',
        values={'LS': 'ls', 'HOME_POST': 'home_post', 'PL_POST': 'pl_post'}
    ) }}
from failing
