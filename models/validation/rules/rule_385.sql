-- 385: an episode cannot cease after 31 March of the collection year. A DEC that does not
-- parse is reported by the date rule, not here.
{{ single_table_rule('385', 'episodes',
    where="dec > " ~ collection_end(),
    values={'DEC': 'dec_text'}) }}
