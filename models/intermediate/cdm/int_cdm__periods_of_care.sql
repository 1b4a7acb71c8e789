-- The CDM's periods of care: the contract rows of every CMS source in var('cms_sources').
{{ cdm_union('periods_of_care') }}
