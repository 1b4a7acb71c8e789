-- NoE: a child with an episode this year that started before 1 April was looked after last year,
-- so last year's return of the same LA (when the warehouse holds it) must have episodes for the
-- child. Every such episode of a child with no Episodes row at all in last year's return fails.
-- Episodes whose start date is blank or does not parse are not judged.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

returns as (

    select distinct
        la_code,
        collection_year
    from {{ ref('ssda903__header') }}

),

started_before_year as (

    select
        *,
        {{ previous_collection_year() }} as previous_year
    from episodes
    where decom < {{ collection_start() }}

),

failing as (

    select started_before_year.* from started_before_year
    inner join returns
        on
            started_before_year.la_code = returns.la_code
            and started_before_year.previous_year = returns.collection_year
    where
        not exists (
            select 1 from episodes as last_year
            where
                last_year.la_code = started_before_year.la_code
                and last_year.collection_year = started_before_year.previous_year
                and last_year.child = started_before_year.child
        )

)

select
    {{ rule_failures(
        'NoE', 'Episodes', locator='decom_text', values={'DECOM': 'decom_text'},
        judged_on="'two_years'"
    ) }}
from failing
