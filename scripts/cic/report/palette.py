"""The report's colours, shared by its charts and its style sheet so that both agree:
Stage 1 is always red, Stage 2 always amber, a pass green, and collection years shades of
blue (the latest darkest)."""

from __future__ import annotations

from collections.abc import Iterable

FONT = (
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, '
    '"Noto Sans", "Liberation Sans", sans-serif'
)
INK = "#1d2939"
MUTED = "#667085"
RULE = "#e4e7ec"
PAPER = "#f6f7f9"
NAVY = "#1b365d"
PASS = "#067647"
PASS_BG = "#dcfae6"
STAGE_1 = "#c2311a"
STAGE_1_BG = "#fee4e2"
STAGE_2 = "#c4760a"
STAGE_2_BG = "#fef0c7"
STAGES = {"1": STAGE_1, "2": STAGE_2}
# Benchmarks of a council's measure (the council itself is navy, England muted grey).
BENCHMARK_REGION = "#2e90fa"
BENCHMARK_NEIGHBOURS = "#7a5af8"

# Latest year first.
_YEAR_SHADES = ("#1f5a96", "#7eaedb", "#bcd5ee", "#98a2b3", "#d0d5dd")


def year_colours(years: Iterable[str]) -> dict[str, str]:
    """A colour for each collection year: the latest darkest, the same in every chart."""
    ordered = sorted(set(years), reverse=True)
    return {year: _YEAR_SHADES[min(i, len(_YEAR_SHADES) - 1)] for i, year in enumerate(ordered)}


def css_root() -> str:
    """The palette as CSS custom properties on :root (`--stage-1: #c2311a;`): CSS text, for
    a <style> element, where HTML escaping does not apply."""
    variables = {
        "font": FONT,
        "ink": INK,
        "muted": MUTED,
        "rule": RULE,
        "paper": PAPER,
        "navy": NAVY,
        "pass": PASS,
        "pass-bg": PASS_BG,
        "stage-1": STAGE_1,
        "stage-1-bg": STAGE_1_BG,
        "stage-2": STAGE_2,
        "stage-2-bg": STAGE_2_BG,
    }
    lines = "".join(f"  --{name}: {value};\n" for name, value in variables.items())
    return f":root {{\n{lines}}}\n"
