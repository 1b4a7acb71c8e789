{#- Run at every dbt start (on-run-start in dbt_project.yml). On DuckDB nothing: `cic land`
    writes the raw and reference_data schemas into the warehouse file itself. On Spark the
    landed tables arrive as Parquet (`cic spark-raw`, one folder per table under
    $CIC_SPARK_DIR/raw, else target/spark/raw; var spark_raw_path overrides it): each source
    of those schemas is (re)registered as an external table over its folder, so that sources
    resolve and read the latest files. Dropping an external table leaves its files alone. -#}
{% macro register_raw_sources() -%}
    {{ return(adapter.dispatch('register_raw_sources', 'cic')()) }}
{%- endmacro %}

{% macro default__register_raw_sources() -%}
{%- endmacro %}

{% macro duckdb__register_raw_sources() -%}
{%- endmacro %}

{% macro spark__register_raw_sources() -%}
    {%- if execute -%}
        {%- set root = var('spark_raw_path', env_var('CIC_SPARK_DIR', 'target/spark') ~ '/raw') -%}
        {%- if not (root.startswith('/') or ':' in root) -%}
            {#- Spark reads a relative location against the database's folder, not the
                working folder: make it absolute from the (local) JVM's working folder. -#}
            {%- set cwd = run_query("select reflect('java.lang.System', 'getProperty', 'user.dir')") -%}
            {%- set root = cwd.columns[0].values()[0] ~ '/' ~ root -%}
        {%- endif -%}
        {%- set existing = {} -%}
        {%- for source in graph.sources.values() if source.schema in ('raw', 'reference_data') -%}
            {%- if source.schema not in existing -%}
                {%- do run_query('create database if not exists ' ~ source.schema) -%}
                {%- set tables = run_query('show tables in ' ~ source.schema) -%}
                {%- do existing.update({source.schema: tables.columns['tableName'].values() | map('lower') | list}) -%}
            {%- endif -%}
            {%- set relation = source.schema ~ '.' ~ source.identifier -%}
            {%- if source.identifier | lower in existing[source.schema] -%}
                {%- do run_query('drop table ' ~ relation) -%}
            {%- endif -%}
            {%- do run_query('create table ' ~ relation ~ " using parquet location '"
                ~ root ~ '/' ~ source.schema ~ '/' ~ source.identifier ~ "'") -%}
        {%- endfor -%}
    {%- endif -%}
{%- endmacro %}
