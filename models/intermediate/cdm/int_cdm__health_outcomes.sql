-- The CDM's health outcomes: the contract rows of every CMS source in var('cms_sources').
{{ cdm_union('health_outcomes') }}
