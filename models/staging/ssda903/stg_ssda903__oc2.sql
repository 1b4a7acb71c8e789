-- The OC2 rows of each LA's current oc2 file: values trimmed, codes upper case,
-- dates parsed with the original text kept beside them. Superseded loads are left out.
with

source as (

    select * from {{ source('raw', 'ssda903__oc2') }}

),

current_loads as (

    select load_id from {{ ref('stg_ssda903__current_loads') }}
    where table_name = 'oc2'

),

cleaned as (

    select
        source._la_code as la_code,
        source._collection_year as collection_year,
        {{ clean_text('source.child') }} as child,
        {{ parse_dmy_date('source.dob') }} as dob,
        {{ clean_text('source.dob') }} as dob_text,
        {{ clean_code('source.sdq_score') }} as sdq_score,
        {{ clean_code('source.sdq_reason') }} as sdq_reason,
        {{ clean_code('source.convicted') }} as convicted,
        {{ clean_code('source.health_check') }} as health_check,
        {{ clean_code('source.immunisations') }} as immunisations,
        {{ clean_code('source.teeth_check') }} as teeth_check,
        {{ clean_code('source.health_assessment') }} as health_assessment,
        {{ clean_code('source.substance_misuse') }} as substance_misuse,
        {{ clean_code('source.intervention_received') }} as intervention_received,
        {{ clean_code('source.intervention_offered') }} as intervention_offered,
        source._load_id,
        source._source_file,
        source._source_row
    from source
    inner join current_loads on source._load_id = current_loads.load_id

)

select * from cleaned
