-- 199: a child who has been adopted from care (an episode ceasing E11 or E12) should not be
-- looked after again. This year's episodes are read with every earlier return of the same LA
-- the warehouse holds (int_validation__history_scope: last year's, and the years before it
-- unless the var validation_history is two_years), in start-date order (episodes whose start
-- date is blank or does not parse are left out; an episode reported again in a later return
-- counts once, as the latest of them reports it); an episode of this year fails when an
-- adoption ended an earlier episode (an earlier return's, on or before its start date, or
-- this year's, before it in the child's order), unless it is itself the first adoption.
with

scope as (

    select * from {{ ref('int_validation__history_scope') }}

),

episodes as (

    select * from {{ ref('int_validation__episode_sequence') }}
    where decom is not null

),

this_year as (

    select
        episodes.*,
        scope.history_start_year,
        scope.judged_on,
        min(case when episodes.rec in ('E11', 'E12') then episodes.episode_number end)
            over (partition by episodes.la_code, episodes.collection_year, episodes.child)
            as first_adoption_number
    from episodes
    inner join scope
        on
            episodes.la_code = scope.la_code
            and episodes.collection_year = scope.collection_year

),

-- Adoptions in the earlier returns each return may read, unless a later return (up to this
-- year's) reports the same episode again (an episode open at a year's end is reported again
-- with the same start date, and the later record counts).
earlier_adoptions as (

    select
        scope.la_code,
        scope.collection_year,
        adoption.child,
        adoption.decom
    from episodes as adoption
    inner join scope
        on
            adoption.la_code = scope.la_code
            and {{ collection_start_year('adoption.collection_year') }}
            between scope.history_start_year
            and {{ collection_start_year('scope.collection_year') }} - 1
    where
        adoption.rec in ('E11', 'E12')
        and not exists (
            select 1 from episodes as again
            where
                again.la_code = adoption.la_code
                and {{ collection_start_year('again.collection_year') }}
                between {{ collection_start_year('adoption.collection_year') }} + 1
                and {{ collection_start_year('scope.collection_year') }}
                and again.child = adoption.child
                and again.decom = adoption.decom
        )

),

failing as (

    select * from this_year
    where
        first_adoption_number < episode_number
        or exists (
            select 1 from earlier_adoptions
            where
                earlier_adoptions.la_code = this_year.la_code
                and earlier_adoptions.collection_year = this_year.collection_year
                and (
                    earlier_adoptions.child = this_year.child
                    or (earlier_adoptions.child is null and this_year.child is null)
                )
                and earlier_adoptions.decom <= this_year.decom
        )

)

select
    {{ rule_failures(
        '199', 'Episodes', locator='decom_text', values={'DEC': 'dec_text', 'REC': 'rec'},
        judged_on='judged_on'
    ) }}
from failing
