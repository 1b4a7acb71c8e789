-- 601: a child adopted in the year (an episode ending with REC E11 or E12 on a DEC within the
-- collection year) needs all six AD1 items (DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR,
-- SEX_ADOPTR, LS_ADOPTR). An AD1 record with any of them blank fails, with the adoption
-- episode; an adoption episode of a child with no AD1 record fails alone (the items were not
-- completed; the reference validator does not look at such a child).
with

adopted_in_year as (

    {{ adoption_episodes(ref('ssda903__episodes'), in_year=true) }}

),

ad1 as (

    select * from {{ ref('ssda903__ad1') }}

)

{{ paired_failures(
    '601',
    {'cte': 'adopted_in_year', 'table': 'episodes', 'values': {'DEC': 'dec_text', 'REC': 'rec'}},
    {'cte': 'ad1', 'table': 'ad1',
        'values': {'DATE_INT': 'date_int_text', 'DATE_MATCH': 'date_match_text',
            'FOSTER_CARE': 'foster_care', 'NB_ADOPTR': 'nb_adoptr',
            'SEX_ADOPTR': 'sex_adoptr', 'LS_ADOPTR': 'ls_adoptr'}},
    condition='ad1.date_int_text is null or ad1.date_match_text is null'
        ~ ' or ad1.foster_care is null or ad1.nb_adoptr is null'
        ~ ' or ad1.sex_adoptr is null or ad1.ls_adoptr is null',
    first_alone='true'
) }}
