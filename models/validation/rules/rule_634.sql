-- 634: previous permanence is returned only for children who started to be looked after on or
-- after 1 April 2016: a PrevPerm record with PREV_PERM, LA_PERM or DATE_PERM given fails when
-- every dated episode of the child in the return started (DECOM) before 1 April 2016; the
-- PrevPerm record and each of the child's episodes are reported. Children without a dated
-- episode are not judged.
with

prev_perm as (

    select * from {{ ref('ssda903__prev_perm') }}
    where
        prev_perm is not null
        or la_perm is not null
        or date_perm_text is not null

),

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

latest_start as (

    select
        la_code,
        collection_year,
        child,
        max(decom) as last_decom
    from episodes
    group by la_code, collection_year, child

),

failing_children as (

    select distinct
        prev_perm.la_code,
        prev_perm.collection_year,
        prev_perm.child
    from prev_perm
    inner join latest_start
        on
            prev_perm.la_code = latest_start.la_code
            and prev_perm.collection_year = latest_start.collection_year
            and prev_perm.child = latest_start.child
    where latest_start.last_decom < cast('2016-04-01' as date)

),

failing_prev_perm as (

    select prev_perm.* from prev_perm
    inner join failing_children
        on
            prev_perm.la_code = failing_children.la_code
            and prev_perm.collection_year = failing_children.collection_year
            and prev_perm.child = failing_children.child

),

failing_episodes as (

    select episodes.* from episodes
    inner join failing_children
        on
            episodes.la_code = failing_children.la_code
            and episodes.collection_year = failing_children.collection_year
            and episodes.child = failing_children.child

)

select
    {{ rule_failures(
        '634', 'PrevPerm',
        values={'PREV_PERM': 'prev_perm', 'LA_PERM': 'la_perm', 'DATE_PERM': 'date_perm_text'}
    ) }}
from failing_prev_perm
union all
select
    {{ rule_failures('634', 'Episodes', locator='decom_text', values={'DECOM': 'decom_text'}) }}
from failing_episodes
