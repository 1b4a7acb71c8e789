-- The CDM's person identifiers: the contract rows of every CMS source in var('cms_sources').
{{ cdm_union('person_identifiers') }}
