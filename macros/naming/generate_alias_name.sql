{#- A mart model named <schema>__<table> is built as <schema>.<table>: ssda903__episodes is
    ssda903.episodes. Model names stay unique across the project; relations read as DfE names. -#}
{% macro generate_alias_name(custom_alias_name=none, node=none) -%}
    {%- if custom_alias_name -%}
        {{ custom_alias_name | trim }}
    {%- elif node.config.schema and node.name.startswith(node.config.schema ~ '__') -%}
        {{ node.name[(node.config.schema | length) + 2:] }}
    {%- elif node.version -%}
        {{ node.name ~ '_v' ~ (node.version | replace('.', '_')) }}
    {%- else -%}
        {{ node.name }}
    {%- endif -%}
{%- endmacro %}
