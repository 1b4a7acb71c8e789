-- The CDM's adoptions: the contract rows of every CMS source in var('cms_sources').
{{ cdm_union('adoptions') }}
