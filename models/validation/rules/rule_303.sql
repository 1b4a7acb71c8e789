-- 303: where the UASC record gives a date UASC status ceased, the child's UASC status must be 1.
-- Status is the Header's UASC flag where the XML gives it; for CSV returns DfE derives it from
-- the UASC table, so a CSV child with a UASC record is UASC and passes. Reported in the Header
-- and the UASC table.
with

header as (

    select * from {{ ref('int_validation__header_last_year') }}
    where
        duc_text is not null
        and coalesce(uasc_status, '') <> '1'

),

uasc as (

    -- Not aliased uasc: inside the subquery Spark reads uasc.la_code as a field of the
    -- Header's UASC column (an inner column wins over an outer alias there).
    select * from {{ ref('ssda903__uasc') }} as uasc_rows
    where
        duc_text is not null
        and exists (
            select 1 from header
            where
                header.la_code = uasc_rows.la_code
                and header.collection_year = uasc_rows.collection_year
                and header.child = uasc_rows.child
        )

)

select
    {{ rule_failures('303', 'Header', values={'UASC': 'uasc_status', 'DUC': 'duc_text'}) }}
from header

union all

select
    {{ rule_failures('303', 'UASC', values={'DUC': 'duc_text'}) }}
from uasc
