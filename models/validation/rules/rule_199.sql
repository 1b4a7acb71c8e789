-- 199: a child who has been adopted from care (an episode ceasing E11 or E12) should not be
-- looked after again. This year's episodes are read with last year's return for the same LA,
-- in start-date order (episodes whose start date is blank or does not parse are left out; an
-- episode in both returns counts once, as this year reports it); an episode of this year
-- fails when an adoption ended it or an earlier episode, unless it is itself the first
-- adoption.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

this_year as (

    select
        *,
        1 as is_this_year,
        cast(cast(substr(collection_year, 1, 4) as int) - 1 as {{ dbt.type_string() }})
            as previous_start_year
    from episodes
    where decom is not null

),

this_year_keys as (

    select distinct
        la_code,
        collection_year,
        previous_start_year
    from this_year

),

last_year as (

    select
        this_year_keys.la_code,
        this_year_keys.collection_year,
        episodes.child,
        episodes.decom,
        episodes.rec,
        episodes._source_row
    from episodes
    inner join this_year_keys
        on
            episodes.la_code = this_year_keys.la_code
            and substr(episodes.collection_year, 1, 4) = this_year_keys.previous_start_year
    where episodes.decom is not null

),

-- An episode open at last year's end is reported again this year with the same start date:
-- this year's record of it is the one that counts.
last_year_only as (

    select last_year.*
    from last_year
    left join this_year
        on
            last_year.la_code = this_year.la_code
            and last_year.collection_year = this_year.collection_year
            and last_year.child = this_year.child
            and last_year.decom = this_year.decom
    where this_year.child is null

),

both_years as (

    select
        la_code,
        collection_year,
        child,
        decom,
        decom_text,
        dec_text,
        rec,
        _source_file,
        _source_row,
        1 as is_this_year
    from this_year

    union all

    select
        la_code,
        collection_year,
        child,
        decom,
        cast(null as {{ dbt.type_string() }}) as decom_text,
        cast(null as {{ dbt.type_string() }}) as dec_text,
        rec,
        cast(null as {{ dbt.type_string() }}) as _source_file,
        _source_row,
        0 as is_this_year
    from last_year_only

),

counted as (

    select
        *,
        sum(case when rec in ('E11', 'E12') then 1 else 0 end) over (
            partition by la_code, collection_year, child
            order by decom, is_this_year, _source_row
            rows between unbounded preceding and current row
        ) as adoptions_so_far
    from both_years

),

failing as (

    select * from counted
    where
        is_this_year = 1
        and adoptions_so_far > 0
        and not (adoptions_so_far = 1 and coalesce(rec, '') in ('E11', 'E12'))

)

select
    {{ rule_failures(
        '199', 'Episodes', locator='decom_text', values={'DEC': 'dec_text', 'REC': 'rec'}
    ) }}
from failing
