-- 304: the date UASC status ceased must be on or before the child's 18th birthday (date of
-- birth as given in the UASC table). Rows where either date does not parse are skipped.
with

uasc as (

    select * from {{ ref('ssda903__uasc') }}

),

failing as (

    select * from uasc
    where duc > {{ dbt.dateadd('year', 18, 'dob') }}

)

select
    {{ rule_failures('304', 'UASC', values={'DOB': 'dob_text', 'DUC': 'duc_text'}) }}
from failing
