-- 333: when a valid date of matching is given, the date the child should be placed for
-- adoption must be given, valid and on or before it. An unparseable DATE_INT counts as not
-- given; an unparseable DATE_MATCH leaves the row to rule 113.
{{ single_table_rule('333', 'ad1',
    where="date_match is not null and (date_int is null or date_int > date_match)",
    values={'DATE_INT': 'date_int_text', 'DATE_MATCH': 'date_match_text'}) }}
