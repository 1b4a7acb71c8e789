{#
    The key of a child's rows in the common data model: la_code, source_system and child_id (a
    CMS's child id is unique only within one council's system), then any `extra` columns (e.g.
    period_of_care_id, collection_year).

    cdm_key(alias, extra=[]): the key columns, comma separated, each qualified by `alias`; for a
    partition by or a group by.
    cdm_key_join(left, right, extra=[]): the condition that a row of `left` and one of `right`
    have the same key: `left.la_code = right.la_code and ...`.
#}
{% macro cdm_key(alias, extra=[]) -%}
    {%- for column in ['la_code', 'source_system', 'child_id'] + extra -%}
        {{ alias }}.{{ column }}{{ ', ' if not loop.last }}
    {%- endfor -%}
{%- endmacro %}

{% macro cdm_key_join(left, right, extra=[]) -%}
    {%- for column in ['la_code', 'source_system', 'child_id'] + extra -%}
        {{ left }}.{{ column }} = {{ right }}.{{ column }}{{ ' and ' if not loop.last }}
    {%- endfor -%}
{%- endmacro %}
