-- The CDM's people: the contract rows of every CMS source in var('cms_sources').
{{ cdm_union('people') }}
