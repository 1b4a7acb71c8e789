-- Every LCS value that goes through a local mapping, counted per LA, domain and value as it
-- arrived (trimmed): whether it maps, and how many rows carry it (base_lcs__coded_values).
{{ cms_code_value_counts('lcs') }}
