-- 3001: a care leaver whose 17th birthday (from the Header's date of birth) falls within the
-- collection year cannot be living with former foster carers: an OC3 record with ACCOM Z1 or Z2
-- fails. A child with no Header row or no valid date of birth is not judged. Reported in OC3.
with

oc3 as (

    select * from {{ ref('ssda903__oc3') }}

),

header as (

    select
        la_code,
        collection_year,
        child,
        dob,
        row_number() over (
            partition by la_code, collection_year, child
            order by _source_file asc, _source_row asc
        ) as header_row_number
    from {{ ref('ssda903__header') }}

),

failing as (

    select
        oc3.*,
        header.dob as header_dob
    from oc3
    inner join header
        on
            oc3.la_code = header.la_code
            and oc3.collection_year = header.collection_year
            and oc3.child = header.child
            and header.header_row_number = 1
    where
        oc3.accom in ('Z1', 'Z2')
        and {{ dbt.dateadd('year', 17, 'header.dob') }}
        >= {{ collection_start('oc3.collection_year') }}
        and {{ dbt.dateadd('year', 17, 'header.dob') }}
        <= {{ collection_end('oc3.collection_year') }}

)

select
    {{ rule_failures('3001', 'OC3', values={'ACCOM': 'accom', 'DOB': 'header_dob'}) }}
from failing
