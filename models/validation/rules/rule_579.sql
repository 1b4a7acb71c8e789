-- 579: a child's decisions to place for adoption, taken in date order, must not overlap: each
-- decision after the first needs the one before it reversed (DATE_PLACED_CEASED valid) on or
-- before its own date. Rows whose DATE_PLACED does not parse come last in the order, as they
-- cannot be placed in time; a previous reversal date that does not parse counts as open.
{{ starts_before_previous_ends(
    '579', 'placed_adoption', start='date_placed', end='date_placed_ceased',
    order_by='case when date_placed is null then 1 else 0 end, date_placed, _source_row',
    values={'DATE_PLACED': 'date_placed_text', 'PREVIOUS_DATE_PLACED_CEASED': 'previous_end_text'}
) }}
