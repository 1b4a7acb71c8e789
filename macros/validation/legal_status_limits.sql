{#- Legal statuses with a time limit (361-364). Each macro is one rule model's whole query: the
    episodes of `legal_status` grouped into spells, every episode of a spell longer than
    `max_days` failing `rule_code`. The two differ in what joins episodes into a spell, as the
    rules' definitions do. -#}

{#- 361, 362: consecutive episodes of the status, each ceasing on the day the next begins, are
    one spell, measured from its first start date to its last end date (an open episode, or one
    whose end date does not parse, ends on 31 March). Episodes are in the child's order
    (int_validation__episode_sequence). -#}
{% macro contiguous_legal_status_over_limit(rule_code, legal_status, max_days) %}
with

episodes as (

    select * from {{ ref('int_validation__episode_sequence') }}

),

spells as (

    select
        *,
        coalesce(dec, {{ collection_end() }}) as ended,
        sum(
            case
                when
                    ls = previous_ls
                    and coalesce(previous_dec, {{ collection_end() }}) = decom
                    then 0
                else 1
            end
        ) over (
            partition by la_code, collection_year, child
            order by episode_number
            rows between unbounded preceding and current row
        ) as spell_number
    from episodes

),

measured as (

    select
        *,
        min(decom) over spell as spell_start,
        max(ended) over spell as spell_end
    from spells
    where ls = '{{ legal_status }}'
    window spell as (partition by la_code, collection_year, child, spell_number)

),

failing as (

    select * from measured
    where
        {{ dbt.datediff('spell_start', 'spell_end', 'day') }}
        > {{ max_days }}

)

select
    {{ rule_failures(
        rule_code, 'Episodes', locator='decom_text',
        values={'LS': 'ls', 'DECOM': 'decom_text', 'DEC': 'dec_text'}
    ) }}
from failing
{% endmacro %}

{#- 363, 364: the status's episodes with a valid start date, in the child's order
    (int_validation__episode_sequence); one that begins no later than the previous one ended
    continues the spell, and a spell's length is the sum of its episodes' days. An open episode
    ends on 31 March; an end date that does not parse adds nothing. -#}
{% macro overlapping_legal_status_over_limit(rule_code, legal_status, max_days) %}
with

episodes as (

    select * from {{ ref('int_validation__episode_sequence') }}

),

status_episodes as (

    select
        *,
        case when dec_text is null then {{ collection_end() }} else dec end as ended
    from episodes
    where
        ls = '{{ legal_status }}'
        and decom is not null

),

sequenced as (

    select
        *,
        lag(ended) over status_order as previous_ended,
        row_number() over status_order as status_episode_number
    from status_episodes
    window status_order as (
        partition by la_code, collection_year, child
        order by episode_number
    )

),

spells as (

    select
        *,
        sum(
            case
                when status_episode_number = 1 or decom > previous_ended then 1
                else 0
            end
        ) over (
            partition by la_code, collection_year, child
            order by episode_number
            rows between unbounded preceding and current row
        ) as spell_number
    from sequenced

),

measured as (

    select
        *,
        sum({{ dbt.datediff('decom', 'ended', 'day') }}) over (
            partition by la_code, collection_year, child, spell_number
        ) as spell_days
    from spells

),

failing as (

    select * from measured
    where spell_days > {{ max_days }}

)

select
    {{ rule_failures(
        rule_code, 'Episodes', locator='decom_text',
        values={'LS': 'ls', 'DECOM': 'decom_text', 'DEC': 'dec_text'}
    ) }}
from failing
{% endmacro %}
