-- 365: a short-term break (legal status V3) lasts at most 17 days. An open episode is measured
-- to the end of the collection year; one whose end date does not parse is not checked.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

measured as (

    select
        *,
        case when dec_text is null then {{ collection_end() }} else dec end as ended
    from episodes
    where ls = 'V3'

),

failing as (

    select * from measured
    where ended > {{ dbt.dateadd('day', 17, 'decom') }}

)

select
    {{ rule_failures(
        '365', 'Episodes', locator='decom_text',
        values={'LS': 'ls', 'DECOM': 'decom_text', 'DEC': 'dec_text'}
    ) }}
from failing
