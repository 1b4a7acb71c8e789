-- 433: an episode that continues a period of care (RNE P, L, T, U or B) must start on the
-- day the child's previous episode ended. A missing or unparseable date on either side
-- fails, as the continuity cannot be shown. Episodes are taken in order of start date, then
-- end date (undated ones last).
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

sequenced as (

    select
        *,
        lag(dec) over child_order as previous_dec,
        lag(dec_text) over child_order as previous_dec_text,
        row_number() over child_order as position_in_child
    from episodes
    window child_order as (
        partition by la_code, collection_year, child
        order by decom asc nulls last, dec asc nulls last, _source_file asc, _source_row asc
    )

),

failing as (

    select * from sequenced
    where
        position_in_child > 1
        and rne in ('P', 'L', 'T', 'U', 'B')
        and (
            previous_dec is null
            or decom is null
            or decom != previous_dec
        )

)

select
    {{ rule_failures(
        '433', 'Episodes', locator='decom_text',
        values={'RNE': 'rne', 'DECOM': 'decom_text', 'PREVIOUS_DEC': 'previous_dec_text'}
    ) }}
from failing
