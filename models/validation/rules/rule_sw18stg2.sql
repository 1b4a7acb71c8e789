-- SW18STG2: where both dates are valid, a social worker episode ends after the day it began.
{{ single_table_rule('SW18STG2', 'sw_episodes',
    where="sw_dec <= sw_decom",
    values={'SW_DECOM': 'sw_decom_text', 'SW_DEC': 'sw_dec_text'}) }}
