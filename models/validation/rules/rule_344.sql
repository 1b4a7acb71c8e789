-- 344: a young person who has died (IN_TOUCH DIED) or returned home for 6 months or more
-- (RHOM) has activity and accommodation both coded 0, the code for not applicable; a blank
-- is not 0.
{{ single_table_rule('344', 'oc3',
    where="in_touch in ('DIED', 'RHOM')
        and (coalesce(activ, '') != '0' or coalesce(accom, '') != '0')",
    values={'IN_TOUCH': 'in_touch', 'ACTIV': 'activ', 'ACCOM': 'accom'}) }}
