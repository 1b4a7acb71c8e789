-- The common data model's legal statuses, with contiguous rows of the same legal status merged
-- (a row starting on the day the previous one ended, with the same code, extends it).
with

legal_status_records as (

    {{ cdm_union('legal_statuses') }}

),

legal_statuses as (

    {{ merge_contiguous_rows(
        'legal_status_records',
        cdm_contract()['legal_statuses'],
        ['legal_status_code'],
    ) }}

)

select * from legal_statuses
