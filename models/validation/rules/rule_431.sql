-- 431: an episode that starts a period of care (RNE S) must start after the child's
-- previous episode ended: starting on or before the previous episode's end date means the
-- child never left care. Episodes are taken in order of start date; dates that do not
-- parse are not compared.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

sequenced as (

    select
        *,
        lag(dec) over child_order as previous_dec
    from episodes
    window child_order as (
        partition by la_code, collection_year, child
        order by decom asc nulls last, _source_file asc, _source_row asc
    )

),

failing as (

    select * from sequenced
    where
        rne = 'S'
        and decom <= previous_dec

)

select
    {{ rule_failures(
        '431', 'Episodes', locator='decom_text',
        values={'RNE': 'rne', 'DECOM': 'decom_text', 'PREVIOUS_DEC': 'previous_dec'}
    ) }}
from failing
