-- 511: two adopters (NB_ADOPTR 2) cannot have the gender code of a single adopter (M1, F1).
{{ single_table_rule('511', 'ad1',
    where="nb_adoptr = '2' and sex_adoptr in ('M1', 'F1')",
    values={'NB_ADOPTR': 'nb_adoptr', 'SEX_ADOPTR': 'sex_adoptr'}) }}
