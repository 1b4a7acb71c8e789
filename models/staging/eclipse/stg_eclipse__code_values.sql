-- Every Eclipse local value that goes through a local mapping, counted per council, domain and
-- value as it arrived (trimmed): whether it maps on every row that carries it, and how many rows
-- carry it (base_eclipse__coded_values). validation.unmapped_codes is built from these.
{{ cms_code_value_counts('eclipse') }}
