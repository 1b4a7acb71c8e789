-- 503D: when last year's final episode of a child was still open (no DEC), this year's
-- first episode continues it and must have the same placement type (a blank matches only
-- a blank). Allowed changes where DfE renamed codes: H5 to K3 in 2024-25, Z1 to Z11-Z14 in
-- 2025-26. Last year is the previous collection year of the same LA in the marts. First and
-- final episodes are by start date; undated episodes are skipped. On a tie of start dates the
-- earlier row is taken, for the final episode too (not the later one, as the child's order
-- would have it).
with

episodes as (

    select * from {{ ref('int_validation__episode_sequence') }}
    where decom is not null

),

first_this_year as (

    select
        *,
        {{ previous_collection_year() }} as previous_year
    from episodes
    where episode_number = 1

),

ranked_last_year as (

    select
        la_code,
        collection_year,
        child,
        place,
        dec_text,
        row_number() over (
            partition by la_code, collection_year, child
            order by decom desc, episode_number asc
        ) as position_from_end
    from episodes

),

final_last_year as (

    select * from ranked_last_year
    where position_from_end = 1

),

compared as (

    select
        first_this_year.*,
        final_last_year.place as last_year_place
    from first_this_year
    inner join final_last_year
        on
            first_this_year.la_code = final_last_year.la_code
            and first_this_year.child = final_last_year.child
            and first_this_year.previous_year = final_last_year.collection_year
    where final_last_year.dec_text is null

),

failing as (

    select * from compared
    where
        coalesce(place, '') != coalesce(last_year_place, '')
        and not (
            collection_year = '2024-25'
            and coalesce(last_year_place, '') = 'H5'
            and coalesce(place, '') = 'K3'
        )
        and not (
            collection_year = '2025-26'
            and coalesce(last_year_place, '') = 'Z1'
            and coalesce(place, '') in ('Z11', 'Z12', 'Z13', 'Z14')
        )

)

select
    {{ rule_failures(
        '503D', 'Episodes', locator='decom_text',
        values={'PLACE': 'place', 'PREVIOUS_YEAR_PLACE': 'last_year_place'}
    ) }}
from failing
