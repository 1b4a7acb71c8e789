-- 197a: an SDQ score and a reason for having no score are never both given.
with

oc2 as (

    select * from {{ ref('ssda903__oc2') }}

),

failing as (

    select * from oc2
    where
        sdq_score is not null
        and sdq_reason is not null

)

select
    {{ rule_failures(
        '197a', 'OC2', values={'SDQ_SCORE': 'sdq_score', 'SDQ_REASON': 'sdq_reason'}
    ) }}
from failing
