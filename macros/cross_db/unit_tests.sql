{#- dbt's unit-test materialisation (dbt-core's global `unit`), for every engine: the same test,
    with the model's column types read from the schema of a query instead of a temporary table
    or view. dbt's version creates an empty temporary relation of the model's SQL
    (`where false limit 0`), describes it and drops it, only to learn the types it casts the
    expected rows to. The same empty query, described as a query (dbt's
    get_column_schema_from_query, as contracts use it), gives the same column names and types
    with two statements fewer. On Spark that matters most: a CREATE VIEW is a command, and Spark
    inlines every CTE of a command at each place it is read before analysing it (a query keeps
    one analysed copy per CTE), so for a model that reads its CTEs many times, such as a measure
    family's unions, the view alone took 20 to 40 seconds of a unit test. On DuckDB it takes
    about a tenth off the unit tests' time. Everything else is dbt's: the expected rows cast to
    those types, then the actual and expected rows compared in one query. -#}
{%- materialization unit, default -%}

  {% set relations = [] %}
  {% set sql_header = config.get('sql_header') if flags.REQUIRE_SQL_HEADER_IN_TEST_CONFIGS else none %}

  {% set expected_rows = config.get('expected_rows') %}
  {% set expected_sql = config.get('expected_sql') %}
  {% set tested_expected_column_names = expected_rows[0].keys() if (expected_rows | length ) > 0 else get_columns_in_query(sql) %}

  {%- set columns_in_relation = adapter.get_column_schema_from_query(get_empty_subquery_sql(sql)) -%}
  {%- set column_name_to_data_types = {} -%}
  {%- set column_name_to_quoted = {} -%}
  {%- for column in columns_in_relation -%}
  {%-   do column_name_to_data_types.update({column.name|lower: column.data_type}) -%}
  {%-   do column_name_to_quoted.update({column.name|lower: column.quoted}) -%}
  {%- endfor -%}

  {%- set expected_column_names_quoted = [] -%}
  {%- for column_name in tested_expected_column_names -%}
  {%-   do expected_column_names_quoted.append(column_name_to_quoted[column_name|lower]) -%}
  {%- endfor -%}

  {% if not expected_sql %}
  {%   set expected_sql = get_expected_sql(expected_rows, column_name_to_data_types, column_name_to_quoted) %}
  {% endif %}
  {% set unit_test_sql = get_unit_test_sql(sql, expected_sql, expected_column_names_quoted) %}

  {% call statement('main', fetch_result=True) -%}

    {% if sql_header %}{{ sql_header }}{% endif %}
    {{ unit_test_sql }}

  {%- endcall %}

  {{ return({'relations': relations}) }}

{%- endmaterialization -%}
