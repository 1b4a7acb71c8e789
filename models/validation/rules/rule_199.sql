-- 199: a child who has been adopted from care (an episode ceasing E11 or E12) should not be
-- looked after again. This year's episodes are read with last year's return for the same LA,
-- in start-date order (episodes whose start date is blank or does not parse are left out; an
-- episode in both returns counts once, as this year reports it); an episode of this year
-- fails when an adoption ended an earlier episode (last year's, on or before its start date,
-- or this year's, before it in the child's order), unless it is itself the first adoption.
with

episodes as (

    select * from {{ ref('int_validation__episode_sequence') }}
    where decom is not null

),

this_year as (

    select
        *,
        {{ collection_start_year() }} as start_year,
        min(case when rec in ('E11', 'E12') then episode_number end)
            over (partition by la_code, collection_year, child)
            as first_adoption_number
    from episodes

),

-- Last year's adoptions that this year does not report again: an episode open at last year's
-- end is reported again this year with the same start date, and this year's record counts.
last_year_adoptions as (

    select
        adoption.la_code,
        {{ collection_start_year('adoption.collection_year') }} + 1 as start_year,
        adoption.child,
        adoption.decom
    from episodes as adoption
    left join this_year
        on
            adoption.la_code = this_year.la_code
            and {{ collection_start_year('adoption.collection_year') }} + 1 = this_year.start_year
            and adoption.child = this_year.child
            and adoption.decom = this_year.decom
    where
        adoption.rec in ('E11', 'E12')
        and this_year.child is null

),

failing as (

    select * from this_year
    where
        first_adoption_number < episode_number
        or exists (
            select 1 from last_year_adoptions
            where
                last_year_adoptions.la_code = this_year.la_code
                and last_year_adoptions.start_year = this_year.start_year
                and (
                    last_year_adoptions.child = this_year.child
                    or (last_year_adoptions.child is null and this_year.child is null)
                )
                and last_year_adoptions.decom <= this_year.decom
        )

)

select
    {{ rule_failures(
        '199', 'Episodes', locator='decom_text', values={'DEC': 'dec_text', 'REC': 'rec'}
    ) }}
from failing
