-- The CDM's care leaver contacts: the contract rows of every CMS source in var('cms_sources').
{{ cdm_union('care_leaver_contacts') }}
