-- 231 (query): an unaccompanied asylum-seeking child is expected to be 11 or older at the end of
-- the collection year; a UASC child born after 31 March eleven years before the year end is
-- queried. UASC status is the Header's flag where the XML gives it, otherwise (903 CSV files)
-- whether the child has a row in the UASC table, as DfE derives it. The reference validator never
-- runs this rule (it reads a column its CSV ingest does not create).
with

header as (

    select * from {{ ref('ssda903__header') }}

),

uasc as (

    select distinct
        la_code,
        collection_year,
        child
    from {{ ref('ssda903__uasc') }}

),

with_status as (

    select
        header.*,
        coalesce(
            header.uasc,
            case when uasc.child is not null then '1' else '0' end
        ) as uasc_status
    from header
    left join uasc
        on
            header.la_code = uasc.la_code
            and header.collection_year = uasc.collection_year
            and header.child = uasc.child

),

failing as (

    select * from with_status
    where
        uasc_status = '1'
        and dob > {{ dbt.dateadd('year', -11, collection_end()) }}

)

select
    {{ rule_failures('231', 'Header', values={'DOB': 'dob_text', 'UASC': 'uasc_status'}) }}
from failing
