-- Warns for each council whose CMS extract is landed but that the council registry
-- in effect (stg_reference__councils: the one the last nightly run was given, else
-- seeds/reference/councils.csv) does not list with that source system: `cic new-council`.
with

landed as (

    select distinct
        la_code,
        source_system
    from {{ ref('stg_landing__current_loads') }}
    where source_system != 'ssda903'

),

councils as (

    select * from {{ ref('stg_reference__councils') }}

)

select
    landed.la_code,
    landed.source_system,
    councils.source_system as registered_source_system
from landed
left join councils on landed.la_code = councils.la_code
where councils.source_system is null or councils.source_system != landed.source_system
