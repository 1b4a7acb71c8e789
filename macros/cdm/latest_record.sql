{#- The CDM keeps one history per child across returns: the same record appears in every return
    whose year it touches (an episode open at 31 March is in both years). This ranks the copies
    of each record, newest return first, so the caller keeps rank 1. -#}
{% macro latest_record_rank(key_columns) -%}
    row_number() over (
        partition by {{ key_columns | join(', ') }}
        order by collection_year desc, _source_file asc, _source_row asc
    )
{%- endmacro %}
