-- The CDM's adoption decisions: the contract rows of every CMS source in var('cms_sources').
{{ cdm_union('adoption_decisions') }}
