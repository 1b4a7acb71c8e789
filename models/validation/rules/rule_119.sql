-- 119: the date a decision to place for adoption was reversed and the reason for the reversal
-- are both given or both blank.
{{ all_or_none_given('119', 'placed_adoption', values={
    'DATE_PLACED_CEASED': 'date_placed_ceased_text',
    'REASON_PLACED_CEASED': 'reason_placed_ceased'
}) }}
