-- 189: no SDQ score and no reason for a missing score for a young person whose 17th birthday
-- came before 1 April (DfE: date of birth more than 17 years before the collection start), that
-- is who was already 17 on 31 March of the previous year.
with

oc2 as (

    select * from {{ ref('ssda903__oc2') }}

),

failing as (

    select * from oc2
    where
        dob is not null
        and {{ age_in_years('dob', dbt.dateadd('day', -1, collection_start())) }} >= 17
        and (sdq_score is not null or sdq_reason is not null)

)

select
    {{ rule_failures(
        '189', 'OC2',
        values={'DOB': 'dob_text', 'SDQ_SCORE': 'sdq_score', 'SDQ_REASON': 'sdq_reason'}
    ) }}
from failing
