{#- Reason-for-new-episode consistency (434-436): an episode whose RNE is one of `reasons` is
    compared with the child's previous episode (in start-date order; blanks compare equal to
    blanks) and fails `rule_code` when `fails_when` holds, a condition on same_legal_status and
    same_placement (placement: type, postcode, URN and provider). One rule model's whole query. -#}
{% macro new_episode_reason_mismatch(rule_code, reasons, fails_when) %}
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

sequenced as (

    select
        *,
        row_number() over child_order as position_in_child,
        coalesce(ls, '') = coalesce(lag(ls) over child_order, '') as same_legal_status,
        coalesce(place, '') = coalesce(lag(place) over child_order, '')
        and coalesce(pl_post, '') = coalesce(lag(pl_post) over child_order, '')
        and coalesce(urn, '') = coalesce(lag(urn) over child_order, '')
        and coalesce(place_provider, '') = coalesce(lag(place_provider) over child_order, '')
            as same_placement
    from episodes
    window child_order as (
        partition by la_code, collection_year, child
        order by decom asc nulls last, _source_file asc, _source_row asc
    )

),

failing as (

    select * from sequenced
    where
        position_in_child > 1
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
