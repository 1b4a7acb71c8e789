{#- Run at the end of every dbt run (on-run-end in dbt_project.yml). On Spark, when
    $CIC_SPARK_VIEW_DIR is set (make test-spark sets it), every view the published_marts
    exposure names (the wide view of each DfE data set) is written as Parquet to
    <dir>/<schema>/<view>/, as Spark computes it, so that `cic-lab spark-compare --spark-views`
    can compare its rows with DuckDB's: Spark keeps no rows for a view, and with the in-memory
    catalog of make test-spark the view itself is gone once dbt exits. Nothing otherwise, and
    nothing on DuckDB. -#}
{% macro export_published_views() -%}
    {{ return(adapter.dispatch('export_published_views', 'cic')()) }}
{%- endmacro %}

{% macro default__export_published_views() -%}
{%- endmacro %}

{% macro spark__export_published_views() -%}
    {%- set root = env_var('CIC_SPARK_VIEW_DIR', '') -%}
    {%- if execute and root -%}
        {%- set exposure = graph.exposures.get('exposure.cic.published_marts') -%}
        {%- if exposure is none -%}
            {{ exceptions.raise_compiler_error('export_published_views: no exposure published_marts') }}
        {%- endif -%}
        {%- for unique_id in exposure.depends_on.nodes if unique_id in graph.nodes -%}
            {%- set node = graph.nodes[unique_id] -%}
            {%- if node.config.materialized == 'view' -%}
                {%- set name = node.alias or node.name -%}
                {%- do run_query("insert overwrite directory '" ~ root ~ '/' ~ node.schema ~ '/' ~ name
                    ~ "' using parquet select * from " ~ node.schema ~ '.' ~ name) -%}
            {%- endif -%}
        {%- endfor -%}
    {%- endif -%}
{%- endmacro %}
