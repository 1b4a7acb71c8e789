-- The CDM's home addresses: the contract rows of every CMS source in var('cms_sources').
{{ cdm_union('home_addresses') }}
