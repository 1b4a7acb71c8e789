{#
    Join condition: two relations name the same ssda903.episodes row. A landed row is its file
    and data row; a row derived from a CMS extract (no file) is its child and DECOM, unique
    among the derived episodes of an LA and year. Both relations need la_code,
    collection_year, child, decom, _source_file and _source_row.
#}
{% macro same_episode_row(left, right) -%}
    {{ left }}.la_code = {{ right }}.la_code
    and {{ left }}.collection_year = {{ right }}.collection_year
    and {{ left }}._source_file is not distinct from {{ right }}._source_file
    and {{ left }}._source_row is not distinct from {{ right }}._source_row
    and (
        {{ left }}._source_file is not null
        or ({{ left }}.child = {{ right }}.child and {{ left }}.decom = {{ right }}.decom)
    )
{%- endmacro %}
