-- 525: a child whose decision to be placed for adoption was reversed (a PlacedAdoption record
-- with DATE_PLACED_CEASED given) cannot have been adopted in the year: none of the AD1 items
-- (DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR) may be given. The
-- PlacedAdoption record and the AD1 record are reported.
with

reversed_decisions as (

    select * from {{ ref('ssda903__placed_adoption') }}
    where date_placed_ceased_text is not null

),

ad1 as (

    select * from {{ ref('ssda903__ad1') }}
    where
        date_int_text is not null
        or date_match_text is not null
        or foster_care is not null
        or nb_adoptr is not null
        or sex_adoptr is not null
        or ls_adoptr is not null

)

{{ paired_failures(
    '525',
    {'cte': 'reversed_decisions', 'table': 'placed_adoption',
        'values': {'DATE_PLACED_CEASED': 'date_placed_ceased_text'}},
    {'cte': 'ad1', 'table': 'ad1',
        'values': {'DATE_INT': 'date_int_text', 'DATE_MATCH': 'date_match_text'}},
    condition='true'
) }}
