-- 333: when a valid date of matching is given, the date the child should be placed for
-- adoption must be given, valid and on or before it. An unparseable DATE_INT counts as not
-- given; an unparseable DATE_MATCH leaves the row to rule 113.
with

ad1 as (

    select * from {{ ref('ssda903__ad1') }}

),

failing as (

    select * from ad1
    where
        date_match is not null
        and (date_int is null or date_int > date_match)

)

select
    {{ rule_failures(
        '333', 'AD1', values={'DATE_INT': 'date_int_text', 'DATE_MATCH': 'date_match_text'}
    ) }}
from failing
