-- The current load of each LA, collection year and 903 table (stg_landing__current_loads).
select
    la_code,
    collection_year,
    table_name,
    load_id
from {{ ref('stg_landing__current_loads') }}
where source_system = 'ssda903'
