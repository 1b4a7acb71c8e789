-- 557: a child placed for adoption (an episode with PLACE A3, A4, A5 or A6) or under a
-- placement order (LS E1; also D1 in 2023-24) who left care other than by adoption (REC given,
-- not X1, E11 or E12) needs the decision that it should no longer be placed for adoption: the
-- episode fails when the child has no PlacedAdoption record or one without both
-- DATE_PLACED_CEASED and REASON_PLACED_CEASED; those incomplete records fail too.
with

left_care_not_adopted as (

    select * from {{ ref('ssda903__episodes') }}
    where
        (
            place in ('A3', 'A4', 'A5', 'A6')
            or ls = 'E1'
            or (collection_year = '2023-24' and ls = 'D1')
        )
        and rec not in ('X1', 'E11', 'E12')

),

incomplete_decisions as (

    select * from {{ ref('ssda903__placed_adoption') }}
    where date_placed_ceased_text is null or reason_placed_ceased is null

),

placed_adoption as (

    select * from {{ ref('ssda903__placed_adoption') }}

)

{{ paired_failures(
    '557',
    {'cte': 'left_care_not_adopted', 'table': 'episodes',
        'values': {'PLACE': 'place', 'LS': 'ls', 'REC': 'rec'}},
    {'cte': 'incomplete_decisions', 'table': 'placed_adoption',
        'values': {'DATE_PLACED_CEASED': 'date_placed_ceased_text',
            'REASON_PLACED_CEASED': 'reason_placed_ceased'}},
    condition='true'
) }}

union all

{{ paired_failures(
    '557',
    {'cte': 'left_care_not_adopted', 'table': 'episodes',
        'values': {'PLACE': 'place', 'LS': 'ls', 'REC': 'rec'}},
    {'cte': 'placed_adoption', 'table': 'placed_adoption'},
    condition='false',
    first_alone='true',
    report_second=false
) }}
