-- 433: an episode that continues a period of care (RNE P, L, T, U or B) must start on the day the
-- child's previous episode ended. A missing date on either side fails, as the continuity cannot be
-- shown. Where either date is given but does not parse (the date rules report it), the two texts
-- are compared, as DfE's code compares them: the same text is the same day whatever its form (a
-- date with a time, say). Episodes are taken in order of start date, then end date (undated ones
-- last), as DfE's code for this rule orders them: unlike the other rules, two episodes with the
-- same start date are ordered by end date before file order.
with

episodes as (

    select * from {{ ref('int_validation__episode_sequence') }}

),

sequenced as (

    select
        *,
        lag(dec) over by_start_then_end as previous_dec_by_end,
        lag(dec_text) over by_start_then_end as previous_dec_text_by_end,
        row_number() over by_start_then_end as position_in_child
    from episodes
    window by_start_then_end as (
        partition by la_code, collection_year, child
        order by decom asc nulls last, dec asc nulls last, episode_number asc
    )

),

failing as (

    select * from sequenced
    where
        position_in_child > 1
        and rne in ('P', 'L', 'T', 'U', 'B')
        and (
            previous_dec_text_by_end is null
            or decom_text is null
            or decom != previous_dec_by_end
            or (
                (decom is null or previous_dec_by_end is null)
                and decom_text != previous_dec_text_by_end
            )
        )

)

select
    {{ rule_failures(
        '433', 'Episodes', locator='decom_text',
        values={'RNE': 'rne', 'DECOM': 'decom_text', 'PREVIOUS_DEC': 'previous_dec_text_by_end'}
    ) }}
from failing
