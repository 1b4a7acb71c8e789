{{ config(alias='councils', materialized='table') }}

-- The council registry in effect: which source system feeds each council. It is the registry
-- the last `cic nightly --registry FILE` was given (stored in raw._councils), or, when none was
-- given, the project's own, seeds/reference/councils.csv. One registry at a time, as the
-- nightly run reads one: a stored registry replaces the seed's rows, it does not add to them.
with

stored as (

    select
        la_code,
        la_name,
        source_system
    from {{ source('raw', '_councils') }}

),

seeded as (

    select
        la_code,
        la_name,
        source_system
    from {{ ref('councils') }}

)

select * from stored
union all
select * from seeded
where not exists (select 1 from stored)
