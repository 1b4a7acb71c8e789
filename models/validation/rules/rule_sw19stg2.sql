-- SW19STG2: no two social worker episodes of a child start on the same date; the second and later
-- episodes with a start date already used (in file order) are reported. A start date that does
-- not parse is compared as text, as DfE's code compares them (the same text is the same day,
-- whatever its form); a blank one is not compared (the date rules report it).
with

sw_episodes as (

    select * from {{ ref('ssda903__sw_episodes') }}

),

numbered as (

    select
        *,
        row_number() over (
            partition by
                la_code,
                collection_year,
                child,
                sw_decom,
                case when sw_decom is null then sw_decom_text end
            order by _source_row
        ) as same_start_number
    from sw_episodes
    where sw_decom_text is not null

),

failing as (

    select * from numbered
    where same_start_number > 1

)

select
    {{ rule_failures(
        'SW19STG2', 'SWEpisodes', locator='sw_decom_text',
        values={'SW_DECOM': 'sw_decom_text', 'SW_DEC': 'sw_dec_text'}
    ) }}
from failing
