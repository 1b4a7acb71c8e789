-- The CDM's social worker allocations: the contract rows of every CMS source in var('cms_sources').
{{ cdm_union('social_worker_allocations') }}
