-- 575: when the placement (episode) a child went missing from has ended, the missing period must
-- have ended too: a Missing record with no end date (MIS_END blank) fails when its start date
-- (MIS_START) falls within an episode of the child that has ended, on or after its DECOM and on
-- or before its DEC. Dates that do not parse are not compared.
with

missing as (

    select * from {{ ref('ssda903__missing') }}
    where
        mis_start is not null
        and mis_end_text is null

),

episodes as (

    select * from {{ ref('ssda903__episodes') }}
    where
        decom is not null
        and dec is not null

),

failing as (

    select * from missing as missing_rows
    where
        exists (
            select 1 from episodes
            where
                episodes.la_code = missing_rows.la_code
                and episodes.collection_year = missing_rows.collection_year
                and episodes.child = missing_rows.child
                and missing_rows.mis_start between episodes.decom and episodes.dec
        )

)

select
    {{ rule_failures(
        '575', 'Missing', locator='mis_start_text',
        values={'MIS_START': 'mis_start_text', 'MIS_END': 'mis_end_text'}
    ) }}
from failing
