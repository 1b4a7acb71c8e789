-- Warns for each council with current extracts from more than one CMS family: the return would
-- be derived once per family, so every derived row would appear twice. Land one family per
-- council (the one in seeds/reference/councils.csv).
select
    la_code,
    count(distinct source_system) as cms_families
from {{ ref('stg_landing__current_loads') }}
where source_system != 'ssda903'
group by la_code
having count(distinct source_system) > 1
