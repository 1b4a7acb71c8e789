{#- True when a placement postcode lies in a postcode area that is wholly outside England
    (Northern Ireland BT; Scottish AB, DD, DG, EH, FK, G, HS, IV, KA, KW, KY, ML, PA, PH, ZE;
    Welsh CF, LD, LL, NP, SA), standing in for DfE's derived PL_LA in ('NIR', 'SCO', 'WAL')
    where int_ssda903__placement_la cannot derive it from the ONS postcode directory. Areas
    that straddle a border (TD, SY, CH, HR) and placements outside the UK (NUK) are not
    recognised: such placements count as in England. False for a blank postcode. -#}
{% macro placement_outside_england(postcode) -%}
    coalesce(
        {{ regex_full_match(
            'upper(' ~ trim_spaces(postcode) ~ ')',
            "'(BT|AB|DD|DG|EH|FK|G|HS|IV|KA|KW|KY|ML|PA|PH|ZE|CF|LD|LL|NP|SA)[0-9].*'"
        ) }},
        false
    )
{%- endmacro %}
