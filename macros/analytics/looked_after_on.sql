{#- True when an episode of analytics__care_episodes (aliased `episode`) has a child looked
    after on a date: it started on or before that day and had not ended by it (an episode ending
    on the day no longer counts; DfE's stock on 31 March leaves out a child who left care that
    day), and it is not a short break (LS V3, V4), which DfE leaves out of every measure. -#}
{% macro looked_after_on(on_date, episode='episode') -%}
    (
        {{ episode }}.decom <= {{ on_date }}
        and ({{ episode }}.dec is null or {{ episode }}.dec > {{ on_date }})
        and not {{ episode }}.is_short_break
    )
{%- endmacro %}

{#- A completed age in years as the code analytics' measure_groupings keys ages by: '0' to
    '25', older ages counting as 25; null when the age is unknown or negative. -#}
{% macro age_group_code(date_of_birth, on_date) -%}
    {%- set age = age_in_years(date_of_birth, on_date) -%}
    case
        when {{ age }} >= 0
            then cast(least({{ age }}, 25) as {{ dbt.type_string() }})
    end
{%- endmacro %}

{#- DfE's distance bands of a placement (PL_DISTANCE in miles). -#}
{% macro distance_band(distance) -%}
    case
        when {{ distance }} is null then 'Distance not known or not recorded'
        when {{ distance }} > 20 then 'More than 20 miles'
        else '20 miles or less'
    end
{%- endmacro %}
