"""Error injection: damage a share of children in generated 903 returns, and say how.

`inject()` takes returns keyed by (la_code, collection_year), each a dict of our lower-case
table names to rows (dicts keyed by DfE column names, string values in return format, None for
blank). It picks `rate` of each LA-year's children deterministically from `seed`, gives each
one defect from `CATALOGUE` (mutating rows in place, adding or removing rows where needed) and
returns a manifest: one entry per damaged child naming the DfE rule codes the defect should
trigger. Each defect kind was written against the DfE rule it names and checked against the
reference validator (`cic_lab.generate.verify`).

Cross-year defects change the later year so that it disagrees with the earlier year held in
the same `returns` dict. A child is damaged at most once over all years.

One module per 903 table holds that table's kinds (`header`, `episodes`, ...); `registry`
puts them in the catalogue's order, `inject` chooses children and kinds, `kind` and `values`
are what they share.
"""

from cic_lab.generate.defects.inject import inject, kinds_for, reachable_codes, stable_rng
from cic_lab.generate.defects.kind import Apply, DefectKind, Target
from cic_lab.generate.defects.registry import CATALOGUE
from cic_lab.generate.defects.values import (
    ETHNIC_CODES,
    Returns,
    Row,
    Tables,
    add_years,
    female_code,
    fmt,
    invalid_place,
    male_code,
    parse_date,
    previous_year,
    temporary_places,
    valid_places,
    year_end,
    year_start,
)

__all__ = [
    "CATALOGUE",
    "ETHNIC_CODES",
    "Apply",
    "DefectKind",
    "Returns",
    "Row",
    "Tables",
    "Target",
    "add_years",
    "female_code",
    "fmt",
    "inject",
    "invalid_place",
    "kinds_for",
    "male_code",
    "parse_date",
    "previous_year",
    "reachable_codes",
    "stable_rng",
    "temporary_places",
    "valid_places",
    "year_end",
    "year_start",
]
