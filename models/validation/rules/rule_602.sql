-- 602: an AD1 record with any adoption item given (DATE_INT, DATE_MATCH, FOSTER_CARE,
-- NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR) needs the child's episodes to show an adoption in the year
-- (an episode ending with REC E11 or E12 on a DEC within the collection year); without one the
-- AD1 record fails.
with

ad1 as (

    select * from {{ ref('ssda903__ad1') }}
    where
        date_int_text is not null
        or date_match_text is not null
        or foster_care is not null
        or nb_adoptr is not null
        or sex_adoptr is not null
        or ls_adoptr is not null

),

adopted_in_year as (

    {{ adoption_episodes(ref('ssda903__episodes'), in_year=true) }}

)

{{ paired_failures(
    '602',
    {'cte': 'ad1', 'table': 'ad1', 'values': {'CHILD': 'child'}},
    {'cte': 'adopted_in_year', 'table': 'episodes'},
    condition='false',
    first_alone='true',
    report_second=false
) }}
