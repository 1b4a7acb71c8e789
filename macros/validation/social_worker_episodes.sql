{#- Social worker episodes that follow another (SW10STG2, SW10aSTG2, SW10bSTG2): a child's
    episodes in order of start date then end date (dates that do not parse last, then file
    order); an episode after the first fails `rule_code` when `fails_when` holds, a condition on
    its columns, the previous episode's end date (previous_dec) and
    starts_within_a_week_of_previous_end.
    One rule model's whole query. -#}
{% macro following_social_worker_episode(rule_code, fails_when) %}
with

sw_episodes as (

    select * from {{ ref('ssda903__sw_episodes') }}

),

sequenced as (

    select
        *,
        lag(sw_dec) over child_order as previous_dec,
        lag(sw_dec_text) over child_order as previous_dec_text,
        row_number() over child_order as episode_number
    from sw_episodes
    window child_order as (
        partition by la_code, collection_year, child
        order by
            case when sw_decom is null then 1 else 0 end,
            sw_decom,
            case when sw_dec is null then 1 else 0 end,
            sw_dec,
            _source_row
    )

),

compared as (

    select
        *,
        coalesce(
            sw_decom between {{ dbt.dateadd('day', -7, 'previous_dec') }}
            and {{ dbt.dateadd('day', 7, 'previous_dec') }},
            false
        ) as starts_within_a_week_of_previous_end
    from sequenced

),

failing as (

    select * from compared
    where
        episode_number > 1
        and ({{ fails_when }})

)

select
    {{ rule_failures(
        rule_code, 'SWEpisodes', locator='sw_decom_text', values={
            'SW_DECOM': 'sw_decom_text',
            'SW_REASON': 'sw_reason',
            'PREVIOUS_SW_DEC': 'previous_dec_text'
        }
    ) }}
from failing
{% endmacro %}

{#- A social worker episode with no valid end date (blank or not a date) that is not the
    child's last (SW08STG2; SW14STG2 in 2023-24): episodes in order of start date, then file
    order; an episode whose start date does not parse cannot be shown to come before any other,
    so it is taken as coming last and is not itself reported. One rule model's whole query. -#}
{% macro unended_social_worker_episode_before_the_last(rule_code) %}
with

sw_episodes as (

    select * from {{ ref('ssda903__sw_episodes') }}

),

sequenced as (

    select
        *,
        row_number() over (
            partition by la_code, collection_year, child
            order by
                case when sw_decom is null then 0 else 1 end asc,
                sw_decom desc,
                _source_row desc
        ) as episodes_from_last
    from sw_episodes

),

failing as (

    select * from sequenced
    where
        episodes_from_last > 1
        and sw_decom is not null
        and sw_dec is null

)

select
    {{ rule_failures(
        rule_code, 'SWEpisodes', locator='sw_decom_text',
        values={'SW_DECOM': 'sw_decom_text', 'SW_DEC': 'sw_dec_text'}
    ) }}
from failing
{% endmacro %}
