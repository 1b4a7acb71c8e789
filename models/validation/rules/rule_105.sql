-- 105: the Header's UASC flag must be 0 or 1. The flag exists only in the XML return: for
-- 903 CSV files DfE derives it from the UASC table, so rows landed from CSV are not checked.
with

header as (

    select * from {{ ref('ssda903__header') }}

),

failing as (

    select * from header
    where
        lower(_source_file) like '%.xml'
        and coalesce(uasc, '') not in ('0', '1')

)

select
    {{ rule_failures('105', 'Header', values={'UASC': 'uasc'}) }}
from failing
