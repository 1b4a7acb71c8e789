-- SW13STG1 (definition of 2024-25): a reason for the social worker change, when given, is a
-- valid code of the year's list; it may be blank only for an episode that started before
-- 1 April 2023 (or whose start date does not parse, which SW04STG1 reports).
with

sw_episodes as (

    select * from {{ ref('ssda903__sw_episodes') }}

),

reasons as (

    select
        collection_year,
        code
    from {{ ref('ssda903_code_lists') }}
    where
        table_name = 'sw_episodes'
        and field = 'SW_REASON'

),

checked as (

    select
        sw_episodes.*,
        reasons.code as listed_reason
    from sw_episodes
    left join reasons
        on
            sw_episodes.collection_year = reasons.collection_year
            and sw_episodes.sw_reason = reasons.code

),

failing as (

    select * from checked
    where
        (sw_reason is not null and listed_reason is null)
        or (sw_reason is null and sw_decom >= cast('2023-04-01' as date))

)

select
    {{ rule_failures(
        'SW13STG1', 'SWEpisodes', locator='sw_decom_text', values={'SW_REASON': 'sw_reason'}
    ) }}
from failing
