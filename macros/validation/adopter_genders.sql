{#- AD1: a legal status of the adopters (LS_ADOPTR) allows only some genders of adopters
    (SEX_ADOPTR): an AD1 row with `legal_status` whose gender is not one of `genders` fails
    `rule_code`; a blank gender fails too. One rule model's whole query. -#}
{% macro adopter_genders_for_legal_status(rule_code, legal_status, genders) -%}
    {{ single_table_rule(rule_code, 'ad1',
        where="ls_adoptr = '" ~ legal_status ~ "'
        and coalesce(sex_adoptr, '') not in " ~ sql_list(genders),
        values={'LS_ADOPTR': 'ls_adoptr', 'SEX_ADOPTR': 'sex_adoptr'}) }}
{%- endmacro %}
