-- 503D: when last year's final episode of a child was still open (no DEC), this year's
-- first episode continues it and must have the same placement type (a blank matches only
-- a blank). Allowed changes where DfE renamed codes: H5 to K3 in 2024-25, Z1 to Z11-Z14 in
-- 2025-26. Last year is the previous collection year of the same LA in the marts. First and
-- final episodes are by start date (the earlier row on a tie); undated episodes are skipped.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

ranked_this_year as (

    select
        *,
        concat(
            cast(cast(substr(collection_year, 1, 4) as int) - 1 as {{ dbt.type_string() }}),
            '-',
            substr(collection_year, 3, 2)
        ) as previous_year,
        row_number() over (
            partition by la_code, collection_year, child
            order by decom asc, _source_file asc, _source_row asc
        ) as position_in_child
    from episodes
    where decom is not null

),

first_this_year as (

    select * from ranked_this_year
    where position_in_child = 1

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
            order by decom desc, _source_file asc, _source_row asc
        ) as position_from_end
    from episodes
    where decom is not null

),

final_last_year as (

    select * from ranked_last_year
    where position_from_end = 1

),

compared as (

    select
        first_this_year.*,
        final_last_year.place as previous_place
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
        coalesce(place, '') != coalesce(previous_place, '')
        and not (
            collection_year = '2024-25'
            and coalesce(previous_place, '') = 'H5'
            and coalesce(place, '') = 'K3'
        )
        and not (
            collection_year = '2025-26'
            and coalesce(previous_place, '') = 'Z1'
            and coalesce(place, '') in ('Z11', 'Z12', 'Z13', 'Z14')
        )

)

select
    {{ rule_failures(
        '503D', 'Episodes', locator='decom_text',
        values={'PLACE': 'place', 'PREVIOUS_YEAR_PLACE': 'previous_place'}
    ) }}
from failing
