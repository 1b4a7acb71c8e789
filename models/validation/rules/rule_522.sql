-- 522: a decision to place for adoption cannot be reversed before it was made (both dates
-- valid; an unparseable date is left to rules 115 and 116).
{{ single_table_rule('522', 'placed_adoption',
    where="date_placed_ceased < date_placed",
    values={'DATE_PLACED': 'date_placed_text', 'DATE_PLACED_CEASED': 'date_placed_ceased_text'}) }}
