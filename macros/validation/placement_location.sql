{#- Rules on the placement fields DfE derives from the postcodes (PL_LA, PL_LOCATION,
    PL_DISTANCE; int_ssda903__placement_la) that depend on whether the child is or was an
    unaccompanied asylum-seeking child (UASC): one rule model's whole query. An Episodes row
    where `where` holds fails `rule_code` when the child is not UASC this year nor in any earlier
    return the history scope reaches (former_uasc=false: 164, 392a, 392b, 454), or when it is or
    was UASC (former_uasc=true: 406). Reported under Episodes and DECOM, with `values` as in
    rule_failures(), and judged_on from int_validation__history_scope: whole_history when a
    return before last year's was read. -#}
{% macro uasc_history_rule(rule_code, where, values={}, former_uasc=false) %}
with

episodes as (

    select * from {{ ref('int_ssda903__placement_la') }}

),

history_scope as (

    select * from {{ ref('int_validation__history_scope') }}

),

former_uasc as (

    select * from {{ ref('int_validation__former_uasc') }}

),

checked as (

    select
        episodes.*,
        coalesce(history_scope.judged_on, 'two_years') as history_judged_on
    from episodes
    left join history_scope
        on
            episodes.la_code = history_scope.la_code
            and episodes.collection_year = history_scope.collection_year
    where
        {{ where }}

),

failing as (

    select * from checked
    where
        {% if not former_uasc %}not {% endif %}exists (
            select 1 from former_uasc
            where
                former_uasc.la_code = checked.la_code
                and former_uasc.collection_year = checked.collection_year
                and former_uasc.child = checked.child
        )

)

select
    {{ rule_failures(
        rule_code, 'Episodes', locator='decom_text', values=values, judged_on='history_judged_on'
    ) }}
from failing
{% endmacro %}

{#- The shape of a UK postcode, as a regular expression on an upper-case value: one or two
    letters, a digit, an optional letter or digit, optional spaces, a digit and two letters.
    392c falls back on it while the ONS postcode directory is not loaded. -#}
{% macro uk_postcode_shape() -%}
    [A-Z]{1,2}[0-9][A-Z0-9]? *[0-9][A-Z]{2}
{%- endmacro %}
