{#- A DoLO and the placements it covers (709, 710): every pair of a child's DoLO and episode that
    overlap in time, the DoLO from DOLO_START to DOLO_END (to no end when DOLO_END is blank), the
    episode from DECOM to DEC (to no end when DEC is blank), fails `rule_code` when `fails_when`,
    a condition on the episode's placement type `place`, holds. Both records are reported: the
    DoLO (DoLO table) and the episode (Episodes table). Dates that do not parse are not compared.
    One rule model's whole query. -#}
{% macro dolo_placements(rule_code, fails_when) %}
with

dolo as (

    select * from {{ ref('ssda903__dolo') }}
    where
        dolo_start is not null
        and (dolo_end is not null or dolo_end_text is null)

),

episodes as (

    select * from {{ ref('ssda903__episodes') }}
    where
        decom is not null
        and (dec is not null or dec_text is null)

),

pairs as (

    select
        dolo.la_code,
        dolo.collection_year,
        dolo.child,
        dolo.dolo_start_text,
        dolo._source_file as dolo_source_file,
        dolo._source_row as dolo_source_row,
        episodes.decom_text,
        episodes.place,
        episodes._source_file as episode_source_file,
        episodes._source_row as episode_source_row
    from dolo
    inner join episodes
        on
            dolo.la_code = episodes.la_code
            and dolo.collection_year = episodes.collection_year
            and dolo.child = episodes.child
    where
        (episodes.dec is null or dolo.dolo_start <= episodes.dec)
        and (dolo.dolo_end is null or dolo.dolo_end >= episodes.decom)
        and ({{ fails_when }})

),

failing_dolo as (

    select distinct
        la_code,
        collection_year,
        child,
        dolo_start_text,
        dolo_source_file as _source_file,
        dolo_source_row as _source_row
    from pairs

),

failing_episodes as (

    select distinct
        la_code,
        collection_year,
        child,
        decom_text,
        place,
        episode_source_file as _source_file,
        episode_source_row as _source_row
    from pairs

)

select
    {{ rule_failures(
        rule_code, 'DoLO', locator='dolo_start_text', values={'DOLO_START': 'dolo_start_text'}
    ) }}
from failing_dolo
union all
select
    {{ rule_failures(
        rule_code, 'Episodes', locator='decom_text',
        values={'DECOM': 'decom_text', 'PLACE': 'place'}
    ) }}
from failing_episodes
{% endmacro %}
