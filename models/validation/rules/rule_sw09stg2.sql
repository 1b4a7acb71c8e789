-- SW09STG2: a social worker episode must last at least a day. To 2024-25: it fails when it ends
-- on the day it started. From 2025-26 (amended definition): it fails when it ends less than
-- three days after it started, or before it started. Both dates must parse.
{{ single_table_rule('SW09STG2', 'sw_episodes',
    where="case
            when collection_year < '2025-26' then sw_dec = sw_decom
            else sw_dec < " ~ dbt.dateadd('day', 3, 'sw_decom') ~ "
        end",
    values={'SW_DECOM': 'sw_decom_text', 'SW_DEC': 'sw_dec_text'}) }}
