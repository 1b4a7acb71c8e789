{#- The episodes a care-leaver rule may read for each council and collection year: that year's
    and every earlier return of the council in the warehouse from history_start_year on
    (int_validation__history_scope: last year's alone with the var validation_history
    two_years). One row per episode and judging year: la_code, collection_year (the year judged),
    judged_on, return_year (the return the episode was reported in) and the episode's columns. -#}
{% macro episodes_in_history_scope() -%}
    select
        scope.la_code,
        scope.collection_year,
        scope.judged_on,
        episodes.collection_year as return_year,
        episodes.child,
        episodes.decom,
        episodes.decom_text,
        episodes.rne,
        episodes.ls,
        episodes.dec,
        episodes.dec_text,
        episodes.rec
    from {{ ref('int_validation__history_scope') }} as scope
    inner join {{ ref('ssda903__episodes') }} as episodes
        on
            scope.la_code = episodes.la_code
            and {{ collection_start_year('episodes.collection_year') }}
            between scope.history_start_year and {{ collection_start_year('scope.collection_year') }}
{%- endmacro %}

{#- Each council's OC3 rows with judged_on from int_validation__history_scope, kept only where
    the warehouse holds the council's return for the previous collection year (DfE's checks
    compare with last year's return and do not run without it) when `needs_previous_return`. -#}
{% macro oc3_in_history_scope(needs_previous_return=true) -%}
    select
        oc3.*,
        scope.judged_on
    from {{ ref('ssda903__oc3') }} as oc3
    inner join {{ ref('int_validation__history_scope') }} as scope
        on
            oc3.la_code = scope.la_code
            and oc3.collection_year = scope.collection_year
    {%- if needs_previous_return %}
    where exists (
        select 1 from {{ ref('ssda903__header') }} as previous_header
        where
            previous_header.la_code = oc3.la_code
            and previous_header.collection_year = {{ previous_collection_year('oc3.collection_year') }}
    )
    {%- endif %}
{%- endmacro %}
