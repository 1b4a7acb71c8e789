-- 334: the child's latest period of care must have begun on or before the date of the decision
-- that the child should be placed for adoption (AD1 DATE_INT): DATE_INT must not be before
-- the DECOM of the child's latest episode by start date that began a period of care (RNE S;
-- episodes whose start date does not parse are left out). The AD1 record and that episode are
-- reported.
with

ad1 as (

    select * from {{ ref('ssda903__ad1') }}

),

latest_started as (

    {{ one_episode_per_child("rne = 'S'", pick='latest') }}

)

{{ paired_failures(
    '334',
    {'cte': 'ad1', 'table': 'ad1', 'values': {'DATE_INT': 'date_int_text'}},
    {'cte': 'latest_started', 'table': 'episodes',
        'values': {'DECOM': 'decom_text', 'RNE': 'rne'}},
    condition='ad1.date_int < latest_started.decom'
) }}
