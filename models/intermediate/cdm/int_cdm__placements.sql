-- The common data model's placements, with contiguous identical rows merged: a row starting on
-- the day the previous one ended, with the same type, provider, URN, postcode and carer, extends
-- it (keeping the first placement_id, the last ended_on and the last reason_changed_code).
with

placement_records as (

    {{ cdm_union('placements') }}

),

placements as (

    {{ merge_contiguous_rows(
        'placement_records',
        cdm_contract()['placements'],
        [
            'placement_type_code',
            'placement_provider_code',
            'provider_urn',
            'placement_postcode',
            'carer_id',
        ],
        ['reason_changed_code'],
    ) }}

)

select * from placements
