-- The CDM's missing episodes: the contract rows of every CMS source in var('cms_sources').
{{ cdm_union('missing_episodes') }}
