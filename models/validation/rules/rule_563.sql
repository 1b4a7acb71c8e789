-- 563: a reversed decision (date and reason of reversal given) needs the date of the decision
-- itself.
{{ single_table_rule('563', 'placed_adoption',
    where="reason_placed_ceased is not null
        and date_placed_ceased_text is not null
        and date_placed_text is null",
    values={
        'DATE_PLACED': 'date_placed_text',
        'DATE_PLACED_CEASED': 'date_placed_ceased_text',
        'REASON_PLACED_CEASED': 'reason_placed_ceased'
    }) }}
