-- The CDM's previous permanence: the contract rows of every CMS source in var('cms_sources').
{{ cdm_union('previous_permanence') }}
