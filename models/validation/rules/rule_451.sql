-- 451: no child can still be freed for adoption (freeing orders ended in December 2005), so an
-- episode under legal status D1 that is still open, with neither a DEC nor a REC, fails.
{{ single_table_rule('451', 'episodes',
    where="ls = 'D1' and dec_text is null and rec is null",
    values={'LS': 'ls', 'DEC': 'dec_text', 'REC': 'rec'}) }}
