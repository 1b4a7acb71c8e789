-- EPI (warning): a child in the Header has no episodes (and is not a care leaver with an OC3
-- record), so the checks that need episodes cannot be made for the child.
with

header as (

    select * from {{ ref('ssda903__header') }}

),

episodes as (

    select distinct
        la_code,
        collection_year,
        child
    from {{ ref('ssda903__episodes') }}

),

oc3 as (

    select distinct
        la_code,
        collection_year,
        child
    from {{ ref('ssda903__oc3') }}

),

failing as (

    select header.* from header
    left join episodes
        on
            header.la_code = episodes.la_code
            and header.collection_year = episodes.collection_year
            and header.child = episodes.child
    left join oc3
        on
            header.la_code = oc3.la_code
            and header.collection_year = oc3.collection_year
            and header.child = oc3.child
    where episodes.child is null and oc3.child is null

)

select
    {{ rule_failures('EPI', 'Header') }}
from failing
