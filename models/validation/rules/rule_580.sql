-- 580: a child who is missing when they cease to be looked after at 18 must have the episode end
-- with reason E8: an episode whose end date (DEC) is the end date (MIS_END) of a Missing record
-- of the child that is the child's 18th birthday (DOB on the Missing record plus 18 years)
-- fails when its reason episode ceased (REC) is not E8, blank included.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}
    where dec is not null

),

missing as (

    select * from {{ ref('ssda903__missing') }}
    where
        mis_end is not null
        and dob is not null

),

failing as (

    select * from episodes
    where
        coalesce(rec, '') != 'E8'
        and exists (
            select 1 from missing
            where
                missing.la_code = episodes.la_code
                and missing.collection_year = episodes.collection_year
                and missing.child = episodes.child
                and missing.mis_end = episodes.dec
                and missing.mis_end = cast({{ dbt.dateadd('year', 18, 'missing.dob') }} as date)
        )

)

select
    {{ rule_failures(
        '580', 'Episodes', locator='decom_text', values={'DEC': 'dec_text', 'REC': 'rec'}
    ) }}
from failing
