{#- The rows of stg_landing__cms_extracts_as_of (see that model): for each CMS family built
    (var cms_sources), each council's current extract, the 99th percentile of its dates (every
    column cms_date_columns lists, placeholders and dates after today left out) and how many
    dates were read. -#}
{% macro cms_extracts_as_of() %}
{%- set date_columns = cms_built_date_columns(cms_date_columns()) %}
with

extract_dates as (
{%- if not date_columns %}

    select
        cast(null as {{ dbt.type_string() }}) as la_code,
        cast(null as {{ dbt.type_string() }}) as source_system,
        cast(null as date) as dated_on
    where 1 = 0
{%- endif %}
{%- for family, table, column in date_columns %}

    select
        _la_code as la_code,
        '{{ family }}' as source_system,
        {{ cms_date(column) }} as dated_on
    from ({{ cms_current_rows(family, table) }}) as current_rows
    {{- '\n    union all' if not loop.last }}
{%- endfor %}

),

-- Dates after today are plans (or typing errors), not the past the extract records.
readable as (

    select
        la_code,
        source_system,
        case
            when dated_on <= cast({{ dbt.current_timestamp() }} as date) then dated_on
        end as dated_on
    from extract_dates

),

ranked as (

    select
        la_code,
        source_system,
        dated_on,
        row_number() over (
            partition by la_code, source_system order by dated_on asc nulls last
        ) as position,
        count(dated_on) over (partition by la_code, source_system) as dates
    from readable

)

-- The 99th percentile as a value of the data: the date at position floor(0.99 (n - 1)) + 1 of
-- the n dates in order.
select
    la_code,
    source_system,
    max(case when position = floor(0.99 * (dates - 1)) + 1 then dated_on end) as as_of,
    max(dates) as dates_read
from ranked
group by la_code, source_system
{% endmacro %}
