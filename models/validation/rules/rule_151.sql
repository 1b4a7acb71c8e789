-- 151: the six adoption items of AD1 are all given or all blank (a date counts as given when
-- any text was landed, parseable or not).
with

ad1 as (

    select * from {{ ref('ssda903__ad1') }}

),

counted as (

    select
        *,
        case when date_int_text is null then 0 else 1 end
        + case when date_match_text is null then 0 else 1 end
        + case when foster_care is null then 0 else 1 end
        + case when nb_adoptr is null then 0 else 1 end
        + case when sex_adoptr is null then 0 else 1 end
        + case when ls_adoptr is null then 0 else 1 end as items_given
    from ad1

),

failing as (

    select * from counted
    where items_given between 1 and 5

)

select
    {{ rule_failures(
        '151', 'AD1', values={
            'DATE_INT': 'date_int_text',
            'DATE_MATCH': 'date_match_text',
            'FOSTER_CARE': 'foster_care',
            'NB_ADOPTR': 'nb_adoptr',
            'SEX_ADOPTR': 'sex_adoptr',
            'LS_ADOPTR': 'ls_adoptr'
        }
    ) }}
from failing
