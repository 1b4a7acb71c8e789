-- 579: a child's decisions to place for adoption, taken in date order, must not overlap: each
-- decision after the first needs the one before it reversed (DATE_PLACED_CEASED valid) on or
-- before its own date. Rows whose DATE_PLACED does not parse come last in the order, as they
-- cannot be placed in time; a previous reversal date that does not parse counts as open.
with

placed_adoption as (

    select * from {{ ref('ssda903__placed_adoption') }}

),

ordered as (

    select
        *,
        lag(date_placed_ceased) over (
            partition by la_code, collection_year, child
            order by
                case when date_placed is null then 1 else 0 end,
                date_placed,
                _source_row
        ) as previous_ceased,
        lag(date_placed_ceased_text) over (
            partition by la_code, collection_year, child
            order by
                case when date_placed is null then 1 else 0 end,
                date_placed,
                _source_row
        ) as previous_ceased_text,
        row_number() over (
            partition by la_code, collection_year, child
            order by
                case when date_placed is null then 1 else 0 end,
                date_placed,
                _source_row
        ) as decision_number
    from placed_adoption

),

failing as (

    select * from ordered
    where
        decision_number > 1
        and (previous_ceased is null or date_placed < previous_ceased)

)

select
    {{ rule_failures(
        '579', 'PlacedAdoption', locator='date_placed_text', values={
            'DATE_PLACED': 'date_placed_text',
            'PREVIOUS_DATE_PLACED_CEASED': 'previous_ceased_text'
        }
    ) }}
from failing
