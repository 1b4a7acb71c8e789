{#- Reason-for-new-episode consistency (434-436): an episode whose RNE is one of `reasons` is
    compared with the child's previous episode (int_validation__episode_sequence; blanks compare
    equal to blanks) and fails `rule_code` when `fails_when` holds, a condition on
    same_legal_status and same_placement (placement: type, postcode, URN and provider). One rule
    model's whole query. -#}
{% macro new_episode_reason_mismatch(rule_code, reasons, fails_when) %}
with

episodes as (

    select * from {{ ref('int_validation__episode_sequence') }}

),

compared as (

    select
        *,
        coalesce(ls, '') = coalesce(previous_ls, '') as same_legal_status,
        coalesce(place, '') = coalesce(previous_place, '')
        and coalesce(pl_post, '') = coalesce(previous_pl_post, '')
        and coalesce(urn, '') = coalesce(previous_urn, '')
        and coalesce(place_provider, '') = coalesce(previous_place_provider, '')
            as same_placement
    from episodes

),

failing as (

    select * from compared
    where
        episode_number > 1
        and rne in ({{ "'" ~ reasons | join("', '") ~ "'" }})
        and ({{ fails_when }})

)

select
    {{ rule_failures(
        rule_code, 'Episodes', locator='decom_text',
        values={
            'RNE': 'rne', 'LS': 'ls', 'PLACE': 'place', 'PL_POST': 'pl_post',
            'URN': 'urn', 'PLACE_PROVIDER': 'place_provider'
        }
    ) }}
from failing
{% endmacro %}
