-- 232 (query): the child's sex is reported as unknown (U).
with

header as (

    select * from {{ ref('ssda903__header') }}

),

failing as (

    select * from header
    where sex = 'U'

)

select
    {{ rule_failures('232', 'Header', values={'SEX': 'sex'}) }}
from failing
