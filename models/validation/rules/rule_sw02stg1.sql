-- SW02STG1: the social worker id begins with SW or XX (a blank id fails); from 2025-26 it is
-- also at least four characters long.
{{ single_table_rule('SW02STG1', 'sw_episodes',
    where="sw_id is null
        or substr(sw_id, 1, 2) not in ('SW', 'XX')
        or (collection_year >= '2025-26' and length(sw_id) < 4)",
    values={'SW_ID': 'sw_id'}) }}
