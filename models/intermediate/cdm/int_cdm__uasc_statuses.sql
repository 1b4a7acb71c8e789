-- The CDM's uasc statuses: the contract rows of every CMS source in var('cms_sources').
{{ cdm_union('uasc_statuses') }}
