-- 1002: a young person with care leaver information (an OC3 row) has no episode of care in this
-- year's return nor in any earlier return of the council the warehouse holds
-- (int_validation__history_scope; last year's alone with the var validation_history
-- two_years, as DfE's tool sees them). Checked only when last year's return is held.
with

oc3 as (

    {{ oc3_in_history_scope() }}

),

children_with_episodes as (

    select distinct
        la_code,
        collection_year,
        child
    from ({{ episodes_in_history_scope() }}) as episodes

),

failing as (

    select oc3.* from oc3
    left join children_with_episodes as with_episodes
        on
            oc3.la_code = with_episodes.la_code
            and oc3.collection_year = with_episodes.collection_year
            and oc3.child = with_episodes.child
    where with_episodes.child is null

)

select
    {{ rule_failures('1002', 'OC3', values=labelled(care_leaver_items()), judged_on='judged_on') }}
from failing
