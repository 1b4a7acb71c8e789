-- 501: an episode cannot start before the child's previous episode ended. Episodes are
-- taken in order of start date; dates that do not parse are not compared.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

sequenced as (

    select
        *,
        lag(dec) over child_order as previous_dec,
        lag(dec_text) over child_order as previous_dec_text
    from episodes
    window child_order as (
        partition by la_code, collection_year, child
        order by decom asc nulls last, _source_file asc, _source_row asc
    )

),

failing as (

    select * from sequenced
    where decom < previous_dec

)

select
    {{ rule_failures(
        '501', 'Episodes', locator='decom_text',
        values={'DECOM': 'decom_text', 'PREVIOUS_DEC': 'previous_dec_text'}
    ) }}
from failing
