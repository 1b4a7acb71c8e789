-- Children who are or were unaccompanied asylum-seeking children (UASC), as rules 164, 392a,
-- 392b, 406 and 454 need them: one row per council, collection year and child who was UASC in
-- that year's return or in any earlier return of the council that the year's history scope
-- (int_validation__history_scope) reaches. A child counts as UASC in a return when it has a row
-- in the return's UASC table or its Header says UASC = 1 (XML returns carry the flag there), as
-- DfE's validator derives it.
with

uasc_children as (

    select
        la_code,
        collection_year,
        child
    from {{ ref('ssda903__uasc') }}
    where child is not null

    union all

    select
        la_code,
        collection_year,
        child
    from {{ ref('ssda903__header') }}
    where uasc = '1' and child is not null

),

uasc_years as (

    select distinct
        la_code,
        {{ collection_start_year() }} as start_year,
        child
    from uasc_children

),

history_scope as (

    select * from {{ ref('int_validation__history_scope') }}

),

former_uasc as (

    select distinct
        history_scope.la_code,
        history_scope.collection_year,
        uasc_years.child
    from history_scope
    inner join uasc_years
        on
            history_scope.la_code = uasc_years.la_code
            and history_scope.history_start_year <= uasc_years.start_year
            and {{ collection_start_year('history_scope.collection_year') }}
            >= uasc_years.start_year

)

select * from former_uasc
