-- 388: REC X1 means a new episode begins the same day. So an X1 episode followed by another
-- episode must end on the day the next one starts; an episode that ends (with another
-- reason) on the day the next one starts should have been X1; and the child's last episode
-- cannot be X1, as no episode continues it. Episodes are taken in order of start date,
-- undated ones first (as the reference validator places them): unlike the other rules, which
-- put them last. An X1 episode followed by one whose start date is missing or does not parse
-- fails (the continuation cannot be shown); an X1 episode without a DEC is left to 148 unless
-- it is the child's last.
with

episodes as (

    select * from {{ ref('int_validation__episode_sequence') }}

),

sequenced as (

    select
        *,
        lead(decom) over undated_first as next_decom,
        row_number() over undated_first as position_in_child
    from episodes
    window undated_first as (
        partition by la_code, collection_year, child
        order by case when decom is null then 0 else 1 end, episode_number
    )

),

failing as (

    select * from sequenced
    where
        (
            position_in_child < episodes_of_child
            and dec is not null
            and (
                (rec = 'X1' and (next_decom is null or dec != next_decom))
                or (rec != 'X1' and dec = next_decom)
            )
        )
        or (position_in_child = episodes_of_child and rec = 'X1')

)

select
    {{ rule_failures(
        '388', 'Episodes', locator='decom_text',
        values={'REC': 'rec', 'DEC': 'dec_text', 'NEXT_DECOM': 'next_decom'}
    ) }}
from failing
