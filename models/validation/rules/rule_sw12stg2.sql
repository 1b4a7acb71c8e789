-- SW12STG2: for a child looked after on 31 March (an episode with no DEC whose legal status is
-- not a short break, V3 or V4), the social worker episodes of the whole year must be reported,
-- those before the child was looked after included: the child's earliest social worker episode
-- (by SW_DECOM; dates that do not parse are left out) must start on or before 1 April, or be the
-- first contact with the child (SW_REASON FCONTA) starting on or before the child's first
-- episode in the return. Fails, on the open episode, when it does neither or when no dated
-- social worker episode is reported for the child.
with

looked_after_at_year_end as (

    select * from {{ ref('ssda903__episodes') }}
    where
        dec_text is null
        and coalesce(ls, '') not in ('V3', 'V4')

),

first_care as (

    select
        la_code,
        collection_year,
        child,
        min(decom) as first_decom
    from {{ ref('ssda903__episodes') }}
    group by la_code, collection_year, child

),

earliest_worker as (

    select
        la_code,
        collection_year,
        child,
        sw_decom,
        sw_decom_text,
        sw_reason,
        row_number() over (
            partition by la_code, collection_year, child
            order by sw_decom asc, _source_file asc, _source_row asc
        ) as worker_number
    from {{ ref('ssda903__sw_episodes') }}
    where sw_decom is not null

),

compared as (

    select
        looked_after_at_year_end.*,
        earliest_worker.sw_decom,
        earliest_worker.sw_decom_text,
        earliest_worker.sw_reason,
        first_care.first_decom
    from looked_after_at_year_end
    left join earliest_worker
        on
            looked_after_at_year_end.la_code = earliest_worker.la_code
            and looked_after_at_year_end.collection_year = earliest_worker.collection_year
            and looked_after_at_year_end.child = earliest_worker.child
            and earliest_worker.worker_number = 1
    left join first_care
        on
            looked_after_at_year_end.la_code = first_care.la_code
            and looked_after_at_year_end.collection_year = first_care.collection_year
            and looked_after_at_year_end.child = first_care.child

),

failing as (

    select * from compared
    where
        sw_decom is null
        or not (
            sw_decom <= {{ collection_start() }}
            or (sw_reason = 'FCONTA' and sw_decom <= first_decom)
        )

)

select
    {{ rule_failures(
        'SW12STG2', 'Episodes', locator='decom_text',
        values={'FIRST_SW_DECOM': 'sw_decom_text', 'SW_REASON': 'sw_reason'}
    ) }}
from failing
