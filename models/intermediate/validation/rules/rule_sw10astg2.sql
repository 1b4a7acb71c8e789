-- SW10aSTG2: unless it is a first contact (SW_REASON FCONTA), a social worker episode that
-- follows another must start within 7 days either side of the end of the previous one (a blank
-- reason is not a first contact). Episodes are taken in order of start date then end date
-- (dates that do not parse last, then file order); a previous episode with no valid end date,
-- or a start date that does not parse, cannot be within 7 days of it and fails.
with

sw_episodes as (

    select * from {{ ref('ssda903__sw_episodes') }}

),

sequenced as (

    select
        *,
        lag(sw_dec) over (
            partition by la_code, collection_year, child
            order by
                case when sw_decom is null then 1 else 0 end,
                sw_decom,
                case when sw_dec is null then 1 else 0 end,
                sw_dec,
                _source_row
        ) as previous_dec,
        lag(sw_dec_text) over (
            partition by la_code, collection_year, child
            order by
                case when sw_decom is null then 1 else 0 end,
                sw_decom,
                case when sw_dec is null then 1 else 0 end,
                sw_dec,
                _source_row
        ) as previous_dec_text,
        row_number() over (
            partition by la_code, collection_year, child
            order by
                case when sw_decom is null then 1 else 0 end,
                sw_decom,
                case when sw_dec is null then 1 else 0 end,
                sw_dec,
                _source_row
        ) as episode_number
    from sw_episodes

),

failing as (

    select * from sequenced
    where
        episode_number > 1
        and coalesce(sw_reason, '') != 'FCONTA'
        and not coalesce(
            sw_decom between {{ dbt.dateadd('day', -7, 'previous_dec') }}
            and {{ dbt.dateadd('day', 7, 'previous_dec') }},
            false
        )

)

select
    {{ rule_failures(
        'SW10aSTG2', 'SWEpisodes', locator='sw_decom_text', values={
            'SW_DECOM': 'sw_decom_text',
            'SW_REASON': 'sw_reason',
            'PREVIOUS_SW_DEC': 'previous_dec_text'
        }
    ) }}
from failing
