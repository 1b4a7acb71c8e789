{#- Episodes: a placement provider code (PLACE_PROVIDER) that cannot go with some placement
    types: an episode with `provider` whose PLACE is one of `placements` fails `rule_code`. One
    rule model's whole query. -#}
{% macro provider_excludes_placements(rule_code, provider, placements) -%}
    {{ single_table_rule(rule_code, 'episodes',
        where="place_provider = '" ~ provider ~ "'
        and place in " ~ sql_list(placements),
        values={'PLACE': 'place', 'PLACE_PROVIDER': 'place_provider'}) }}
{%- endmacro %}
