-- 630: a child who starts a new period of care this year (an episode with reason for new
-- episode S and DECOM on or after 1 April) must have its previous permanence returned: the
-- episode fails when the child has no PrevPerm record, when PREV_PERM is blank, or when
-- PREV_PERM is not Z1 (no previous permanence order) and LA_PERM or DATE_PERM is blank.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}
    where
        rne = 'S'
        and decom >= {{ collection_start() }}

),

prev_perm as (

    select * from {{ ref('ssda903__prev_perm') }}

),

failing as (

    select * from episodes
    where
        not exists (
            select 1 from prev_perm
            where
                prev_perm.la_code = episodes.la_code
                and prev_perm.collection_year = episodes.collection_year
                and prev_perm.child = episodes.child
        )
        or exists (
            select 1 from prev_perm
            where
                prev_perm.la_code = episodes.la_code
                and prev_perm.collection_year = episodes.collection_year
                and prev_perm.child = episodes.child
                and (
                    prev_perm.prev_perm is null
                    or (
                        prev_perm.prev_perm != 'Z1'
                        and (prev_perm.la_perm is null or prev_perm.date_perm_text is null)
                    )
                )
        )

)

select
    {{ rule_failures(
        '630', 'Episodes', locator='decom_text', values={'DECOM': 'decom_text', 'RNE': 'rne'}
    ) }}
from failing
