-- 1000: a child recorded as having died in care (an episode ending with REC E2) has care leaver
-- information (an OC3 row). The episodes read are this year's and every earlier return of the
-- council the warehouse holds (int_validation__history_scope; last year's alone with the var
-- validation_history two_years, as DfE's tool sees them).
with

oc3 as (

    {{ oc3_in_history_scope(needs_previous_return=false) }}

),

died_in_care as (

    select distinct
        la_code,
        collection_year,
        child
    from ({{ episodes_in_history_scope() }}) as episodes
    where rec = 'E2'

),

failing as (

    select oc3.* from oc3
    inner join died_in_care
        on
            oc3.la_code = died_in_care.la_code
            and oc3.collection_year = died_in_care.collection_year
            and oc3.child = died_in_care.child

)

select
    {{ rule_failures('1000', 'OC3', values=labelled(care_leaver_items()), judged_on='judged_on') }}
from failing
