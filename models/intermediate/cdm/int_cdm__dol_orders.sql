-- The CDM's dol orders: the contract rows of every CMS source in var('cms_sources').
{{ cdm_union('dol_orders') }}
