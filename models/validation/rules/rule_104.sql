-- 104: a date UASC status ceased, where given, must be a valid date within or after the
-- collection year: a DUC that does not parse, or that falls before 1 April, fails.
with

uasc as (

    select * from {{ ref('ssda903__uasc') }}

),

failing as (

    select * from uasc
    where duc_text is not null and (duc is null or duc < {{ collection_start() }})

)

select
    {{ rule_failures('104', 'UASC', values={'DUC': 'duc_text'}) }}
from failing
