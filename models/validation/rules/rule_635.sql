-- 635: an LA or a date of the previous permanence order is given although the previous permanence
-- code says there was none (Z1), or is blank (as the reference validator reads it).
{{ single_table_rule('635', 'prev_perm',
    where="(la_perm is not null or date_perm_text is not null)
        and coalesce(prev_perm, 'Z1') = 'Z1'",
    values={'PREV_PERM': 'prev_perm', 'LA_PERM': 'la_perm', 'DATE_PERM': 'date_perm_text'}) }}
