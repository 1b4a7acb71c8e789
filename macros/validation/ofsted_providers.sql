{#- Rules on an episode's Ofsted URN against the provider lists (1008, 219, 221, 224, 227, 228,
    229). Each reads int_validation__episode_urns: every Episodes row with the provider record of
    its URN (provider_urn, null when the URN is not in the lists; provider_place_codes,
    provider_codes, provider_postcodes, provider_la_codes: comma-separated lists with a comma at
    both ends; provider_reg_end). -#}

{#- An episode whose URN the URN rules check (given, not XXXXXXX, lists loaded) and where
    `where` holds fails `rule_code`; the URN and `values` are reported. One rule model's whole
    query. -#}
{% macro ofsted_urn_rule(rule_code, where, values={}) -%}
    {%- set reported = {'URN': 'urn'} -%}
    {%- do reported.update(values) -%}
    {{ single_table_rule(rule_code, 'episodes', model='int_validation__episode_urns',
        where="urn_checked and (" ~ where ~ ")",
        values=reported) }}
{%- endmacro %}

{#- True when the text `value` (an SQL expression) is one of the items of `list_column`, a
    comma-separated list with a comma at both ends; false when either is null. -#}
{% macro ofsted_listed_in(value, list_column) -%}
    (
        {{ value }} is not null
        and coalesce(
            {{ dbt.position("concat(','," ~ value ~ ", ',')", list_column) }} > 0, false
        )
    )
{%- endmacro %}

{#- The values of `column` over a URN's rows in the provider lists (an aggregate: used grouped by
    URN), as one text with a comma between and at both ends, in list and row order. -#}
{% macro ofsted_list(column) -%}
    concat(',', {{ ordered_listagg(column, "','", ['source_list', 'source_row']) }}, ',')
{%- endmacro %}
