-- 356: an episode cannot cease before it began (both dates valid).
{{ single_table_rule('356', 'episodes',
    where="dec < decom",
    values={'DECOM': 'decom_text', 'DEC': 'dec_text'}) }}
