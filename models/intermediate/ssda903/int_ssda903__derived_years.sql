-- The collection years each CMS-fed council's return is derived for: one row per council and
-- year, with the year's first and last days. By default they come from the data, not the
-- clock: the collection year the council's current extract was taken in
-- (stg_landing__cms_extracts_as_of) and the year before it, whose return the year-on-year rules
-- compare with. `--vars '{ssda903_years: [2024-25, 2025-26]}'` names the years instead, for
-- every CMS-fed council. A year the warehouse does not support (var
-- supported_collection_years) is never derived.
with

extracts as (

    select
        la_code,
        max(as_of) as as_of
    from {{ ref('stg_landing__cms_extracts_as_of') }}
    group by la_code

),

-- The years var('ssda903_years') names (checked by ssda903_derived_years): none when unset.
named_years as (

    {{ ssda903_year_rows(ssda903_derived_years()) }}

),

supported_years as (

    {{ ssda903_year_rows(var('supported_collection_years')) }}

),

named as (

    select count(*) as years_named from named_years

),

extract_years as (

    select
        extracts.la_code,
        {{ collection_year_of('extracts.as_of') }} as collection_year
    from extracts
    cross join named
    where named.years_named = 0 and extracts.as_of is not null

),

chosen as (

    select
        extracts.la_code,
        named_years.collection_year
    from extracts
    cross join named_years
    union all
    select
        la_code,
        collection_year
    from extract_years
    union all
    select
        la_code,
        {{ previous_collection_year('collection_year') }} as collection_year
    from extract_years

)

select distinct
    chosen.la_code,
    chosen.collection_year,
    {{ collection_start('chosen.collection_year') }} as year_start,
    {{ collection_end('chosen.collection_year') }} as year_end
from chosen
inner join supported_years on chosen.collection_year = supported_years.collection_year
