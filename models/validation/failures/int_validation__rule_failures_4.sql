-- Part 4 of the rule models' failures (see macros/validation/rule_model_parts.sql): one of the
-- tables validation.errors unions.
{{ rule_model_part(4) }}
