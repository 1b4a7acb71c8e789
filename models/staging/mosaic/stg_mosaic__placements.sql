-- Placements (CDM contract): the split rows of each placement merged into one (first split's
-- start and type, last split's end and change reason), with the placement's latest detail row
-- (weighted start: start date, then detail id) for URN, provider, carer and postcode.
with

details_source as (

    {{ cms_current_rows('mosaic', 'dm_placement_details') }}

),

ranked_splits as (

    select
        *,
        row_number() over (
            partition by la_code, placement_id order by started_on asc, split_number asc
        ) as first_rank,
        row_number() over (
            partition by la_code, placement_id order by started_on desc, split_number desc
        ) as last_rank
    from {{ ref('base_mosaic__placement_splits') }}

),

details as (

    select
        _la_code as la_code,
        {{ trim_spaces('placement_id') }} as placement_id,
        {{ clean_text('ofsted_urn') }} as provider_urn,
        {{ clean_code('cin_provider_category_code') }} as placement_provider_code,
        {{ clean_text('carer_id') }} as carer_id,
        {{ clean_postcode('postcode') }} as placement_postcode,
        row_number() over (
            partition by _la_code, {{ trim_spaces('placement_id') }}
            order by
                {{ cms_date('start_date') }} desc,
                try_cast({{ trim_spaces('placement_detail_id') }} as bigint) desc
        ) as detail_rank
    from details_source

)

select
    first_split.la_code,
    first_split.child_id,
    first_split.placement_id,
    first_split.started_on,
    last_split.ended_on,
    placement_type.code as placement_type_code,
    details.placement_provider_code,
    details.provider_urn,
    details.placement_postcode,
    details.carer_id,
    last_split.reason_changed_code
from ranked_splits as first_split
inner join ranked_splits as last_split
    on
        first_split.la_code = last_split.la_code
        and first_split.placement_id = last_split.placement_id
        and last_split.last_rank = 1
left join details
    on
        first_split.la_code = details.la_code
        and first_split.placement_id = details.placement_id
        and details.detail_rank = 1
{{ cms_coded_join('placement_type', 'mosaic', 'first_split', 'placement_type_local') }}
where first_split.first_rank = 1
