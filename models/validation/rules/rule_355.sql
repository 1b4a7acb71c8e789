-- 355: an episode that ceases on the day it began lasted less than 24 hours.
{{ single_table_rule('355', 'episodes',
    where="decom = dec",
    values={'DECOM': 'decom_text', 'DEC': 'dec_text'}) }}
