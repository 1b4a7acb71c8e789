-- 607: a girl (SEX F; 2 up to 2023-24) who ceased to be looked after in the year must have
-- MOTHER completed: an episode with a DEC within the collection year, a reason for ceasing other
-- than X1 (the episode ends care, not a change within it) and a legal status other than V3 or
-- V4, of a child whose Header has MOTHER blank, fails. The episode and the Header are reported.
with

header as (

    select * from {{ ref('ssda903__header') }}
    where
        {{ sex_letter('sex', 'collection_year') }} = 'F'
        and mother is null

),

ceased as (

    select * from {{ ref('ssda903__episodes') }}
    where
        dec >= {{ collection_start() }}
        and dec <= {{ collection_end() }}
        and rec is not null
        and rec <> 'X1'
        and coalesce(ls, '') not in ('V3', 'V4')

),

failing_episodes as (

    select * from ceased
    where
        exists (
            select 1 from header
            where
                header.la_code = ceased.la_code
                and header.collection_year = ceased.collection_year
                and header.child = ceased.child
        )

),

failing_header as (

    select * from header
    where
        exists (
            select 1 from ceased
            where
                ceased.la_code = header.la_code
                and ceased.collection_year = header.collection_year
                and ceased.child = header.child
        )

)

select
    {{ rule_failures(
        '607', 'Episodes', locator='decom_text', values={'DEC': 'dec_text', 'REC': 'rec'}
    ) }}
from failing_episodes

union all

select
    {{ rule_failures('607', 'Header', values={'SEX': 'sex', 'MOTHER': 'mother'}) }}
from failing_header
