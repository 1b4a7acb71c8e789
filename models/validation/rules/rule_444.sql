-- 444: a UPN other than the unknown codes UN1-UN5 must be unique within the LA's return for
-- the year; every child sharing a duplicated UPN is reported.
with

header as (

    select * from {{ ref('ssda903__header') }}

),

counted as (

    select
        *,
        count(*) over (partition by la_code, collection_year, upn) as children_with_upn
    from header
    where
        upn is not null
        and upn not in ('UN1', 'UN2', 'UN3', 'UN4', 'UN5')

),

failing as (

    select * from counted
    where children_with_upn > 1

)

select
    {{ rule_failures('444', 'Header', values={'UPN': 'upn'}) }}
from failing
