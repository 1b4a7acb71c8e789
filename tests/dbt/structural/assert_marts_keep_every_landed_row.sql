-- Structural: every row of every current landed 903 file reaches its ssda903 mart, no more
-- (rows derived from the common data model, which have no source file, are not counted).
-- A failure here is a bug in our models, never a property of an LA's data.
{{ config(severity='error') }}

with

row_counts as (

    select
        'header' as table_name,
        (
            select count(*) from {{ source('raw', 'ssda903__header') }} as landed
            inner join {{ ref('stg_ssda903__current_loads') }} as current_loads
                on landed._load_id = current_loads.load_id
                    and current_loads.table_name = 'header'
        ) as rows_landed,
        (
            select count(*) from {{ ref('ssda903__header') }}
            where _source_file is not null
        ) as rows_in_mart
    union all
    select
        'episodes' as table_name,
        (
            select count(*) from {{ source('raw', 'ssda903__episodes') }} as landed
            inner join {{ ref('stg_ssda903__current_loads') }} as current_loads
                on landed._load_id = current_loads.load_id
                    and current_loads.table_name = 'episodes'
        ) as rows_landed,
        (
            select count(*) from {{ ref('ssda903__episodes') }}
            where _source_file is not null
        ) as rows_in_mart
    union all
    select
        'uasc' as table_name,
        (
            select count(*) from {{ source('raw', 'ssda903__uasc') }} as landed
            inner join {{ ref('stg_ssda903__current_loads') }} as current_loads
                on landed._load_id = current_loads.load_id
                    and current_loads.table_name = 'uasc'
        ) as rows_landed,
        (
            select count(*) from {{ ref('ssda903__uasc') }}
            where _source_file is not null
        ) as rows_in_mart
    union all
    select
        'reviews' as table_name,
        (
            select count(*) from {{ source('raw', 'ssda903__reviews') }} as landed
            inner join {{ ref('stg_ssda903__current_loads') }} as current_loads
                on landed._load_id = current_loads.load_id
                    and current_loads.table_name = 'reviews'
        ) as rows_landed,
        (
            select count(*) from {{ ref('ssda903__reviews') }}
            where _source_file is not null
        ) as rows_in_mart
    union all
    select
        'ad1' as table_name,
        (
            select count(*) from {{ source('raw', 'ssda903__ad1') }} as landed
            inner join {{ ref('stg_ssda903__current_loads') }} as current_loads
                on landed._load_id = current_loads.load_id
                    and current_loads.table_name = 'ad1'
        ) as rows_landed,
        (
            select count(*) from {{ ref('ssda903__ad1') }}
            where _source_file is not null
        ) as rows_in_mart
    union all
    select
        'placed_adoption' as table_name,
        (
            select count(*) from {{ source('raw', 'ssda903__placed_adoption') }} as landed
            inner join {{ ref('stg_ssda903__current_loads') }} as current_loads
                on landed._load_id = current_loads.load_id
                    and current_loads.table_name = 'placed_adoption'
        ) as rows_landed,
        (
            select count(*) from {{ ref('ssda903__placed_adoption') }}
            where _source_file is not null
        ) as rows_in_mart
    union all
    select
        'prev_perm' as table_name,
        (
            select count(*) from {{ source('raw', 'ssda903__prev_perm') }} as landed
            inner join {{ ref('stg_ssda903__current_loads') }} as current_loads
                on landed._load_id = current_loads.load_id
                    and current_loads.table_name = 'prev_perm'
        ) as rows_landed,
        (
            select count(*) from {{ ref('ssda903__prev_perm') }}
            where _source_file is not null
        ) as rows_in_mart
    union all
    select
        'oc2' as table_name,
        (
            select count(*) from {{ source('raw', 'ssda903__oc2') }} as landed
            inner join {{ ref('stg_ssda903__current_loads') }} as current_loads
                on landed._load_id = current_loads.load_id
                    and current_loads.table_name = 'oc2'
        ) as rows_landed,
        (
            select count(*) from {{ ref('ssda903__oc2') }}
            where _source_file is not null
        ) as rows_in_mart
    union all
    select
        'oc3' as table_name,
        (
            select count(*) from {{ source('raw', 'ssda903__oc3') }} as landed
            inner join {{ ref('stg_ssda903__current_loads') }} as current_loads
                on landed._load_id = current_loads.load_id
                    and current_loads.table_name = 'oc3'
        ) as rows_landed,
        (
            select count(*) from {{ ref('ssda903__oc3') }}
            where _source_file is not null
        ) as rows_in_mart
    union all
    select
        'missing' as table_name,
        (
            select count(*) from {{ source('raw', 'ssda903__missing') }} as landed
            inner join {{ ref('stg_ssda903__current_loads') }} as current_loads
                on landed._load_id = current_loads.load_id
                    and current_loads.table_name = 'missing'
        ) as rows_landed,
        (
            select count(*) from {{ ref('ssda903__missing') }}
            where _source_file is not null
        ) as rows_in_mart
    union all
    select
        'sw_episodes' as table_name,
        (
            select count(*) from {{ source('raw', 'ssda903__sw_episodes') }} as landed
            inner join {{ ref('stg_ssda903__current_loads') }} as current_loads
                on landed._load_id = current_loads.load_id
                    and current_loads.table_name = 'sw_episodes'
        ) as rows_landed,
        (
            select count(*) from {{ ref('ssda903__sw_episodes') }}
            where _source_file is not null
        ) as rows_in_mart
    union all
    select
        'dolo' as table_name,
        (
            select count(*) from {{ source('raw', 'ssda903__dolo') }} as landed
            inner join {{ ref('stg_ssda903__current_loads') }} as current_loads
                on landed._load_id = current_loads.load_id
                    and current_loads.table_name = 'dolo'
        ) as rows_landed,
        (
            select count(*) from {{ ref('ssda903__dolo') }}
            where _source_file is not null
        ) as rows_in_mart

)

select * from row_counts
where rows_landed != rows_in_mart
