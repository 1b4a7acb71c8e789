-- 354: an episode cannot begin after the end of the collection year (31 March). DfE's message names
-- the date episode ceased, but its check is of the start date (DECOM).
{{ single_table_rule('354', 'episodes',
    where="decom > " ~ collection_end(),
    values={'DECOM': 'decom_text'}) }}
