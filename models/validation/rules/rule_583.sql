-- 583: when a child has more than one decision to place for adoption, every decision but the
-- latest (by DATE_PLACED) must have been reversed (DATE_PLACED_CEASED given). A row whose
-- DATE_PLACED is blank or does not parse cannot be placed in time: it is left to rules 115 and
-- 563, and neither counts as the latest nor is reported here.
with

placed_adoption as (

    select * from {{ ref('ssda903__placed_adoption') }}

),

ranked as (

    select
        *,
        row_number() over (
            partition by la_code, collection_year, child
            order by date_placed desc, _source_row asc
        ) as recency
    from placed_adoption
    where date_placed is not null

),

failing as (

    select * from ranked
    where
        recency > 1
        and date_placed_ceased_text is null

)

select
    {{ rule_failures(
        '583', 'PlacedAdoption', locator='date_placed_text', values={
            'DATE_PLACED': 'date_placed_text',
            'DATE_PLACED_CEASED': 'date_placed_ceased_text'
        }
    ) }}
from failing
