-- SW10bSTG2: a first-contact social worker episode (SW_REASON FCONTA) that follows another must
-- start after the previous episode ended. Episodes are taken in order of start date then end
-- date (dates that do not parse last, then file order); both dates must parse.
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
        and sw_reason = 'FCONTA'
        and sw_decom <= previous_dec

)

select
    {{ rule_failures(
        'SW10bSTG2', 'SWEpisodes', locator='sw_decom_text', values={
            'SW_DECOM': 'sw_decom_text',
            'SW_REASON': 'sw_reason',
            'PREVIOUS_SW_DEC': 'previous_dec_text'
        }
    ) }}
from failing
