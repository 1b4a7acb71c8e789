-- Every local value the mosaic extract codes, counted per LA, domain and value as it arrived
-- (trimmed): whether it maps to a DfE code, and how many rows carry it
-- (base_mosaic__coded_values).
{{ cms_code_value_counts('mosaic') }}
