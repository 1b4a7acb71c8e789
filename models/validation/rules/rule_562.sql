-- 562: a child's first episode of this year (by start date; a tie goes to the earlier row) that
-- started before 1 April must be the episode that was still running at the end of last year:
-- the final episode (latest start date) of last year's return for the same child and LA must
-- have the same start date. Fails when it has another, or when last year's return (held in the
-- warehouse for that LA) has no dated episode of the child. Episodes whose start date is blank
-- or does not parse are left out.
with

episodes as (

    select * from {{ ref('int_validation__episode_sequence') }}
    where decom is not null

),

returns as (

    select distinct
        la_code,
        collection_year
    from {{ ref('ssda903__header') }}

),

first_before_year as (

    select
        *,
        {{ previous_collection_year() }} as previous_year
    from episodes
    where
        episode_number = 1
        and decom < {{ collection_start() }}

),

final_last_year as (

    select
        la_code,
        collection_year,
        child,
        decom,
        row_number() over (
            partition by la_code, collection_year, child
            order by decom desc, episode_number asc
        ) as position_from_end
    from episodes

),

failing as (

    select first_before_year.* from first_before_year
    inner join returns
        on
            first_before_year.la_code = returns.la_code
            and first_before_year.previous_year = returns.collection_year
    left join final_last_year
        on
            first_before_year.la_code = final_last_year.la_code
            and first_before_year.previous_year = final_last_year.collection_year
            and first_before_year.child = final_last_year.child
            and final_last_year.position_from_end = 1
    where
        final_last_year.decom is null
        or final_last_year.decom != first_before_year.decom

)

select
    {{ rule_failures(
        '562', 'Episodes', locator='decom_text', values={'DECOM': 'decom_text'},
        judged_on="'two_years'"
    ) }}
from failing
