"""What a nightly run lands: the councils and files found in an extracts folder.

The folder is laid out as `cic-lab generate` writes it (and as a council's export jobs are
asked to drop their files):

    DIR/ssda903/<la>/<year>/   903 files (CSV or XML) of one collection year
    DIR/<family>/<la>/         a CMS extract (lcs, mosaic, eclipse), every year in one set

A council is fed by one source. The registry (seeds/reference/councils.csv) says which: where a
council's folder holds extracts of several sources, the registered one is landed and the others
are left alone. A council missing from the registry is landed with a warning when it has one
source, and is an error, for that council alone, when it has several.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cic import councils
from cic.cms import SOURCE_SYSTEMS
from cic.ssda903 import check_la, check_supported_year

SSDA903 = "ssda903"


@dataclass(frozen=True)
class CouncilExtract:
    """One council's files for tonight: the source landed and, per collection year (None for
    a CMS extract), the folder holding its files."""

    la: str
    source: str
    folders: dict[str | None, Path]
    warnings: tuple[str, ...] = ()


@dataclass
class Discovered:
    """The councils to land, the folders or councils that cannot be (with why), and what the
    layout has no place for (left alone, with why)."""

    councils: list[CouncilExtract] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)  # la (or folder) -> problem
    left_alone: dict[str, str] = field(default_factory=dict)  # path -> why


def read_registry(path: Path) -> dict[str, str]:
    """The registry as la_code -> source_system, checked by `cic.councils.read_registry`
    (ValueError naming the file, line and problem; FileNotFoundError when it is absent)."""
    return {row.la_code: row.source_system for row in councils.read_registry(path)}


def _la_folders(parent: Path, left_alone: dict[str, str], what: str) -> list[Path]:
    """The folders in `parent`; any other entry is noted in `left_alone` (it is not `what`)."""
    if not parent.is_dir():
        return []
    entries = sorted(parent.iterdir())
    for entry in entries:
        if not entry.is_dir():
            left_alone[str(entry)] = f"{entry}: left alone: a file where {what} belongs"
    return [entry for entry in entries if entry.is_dir()]


def discover(extracts: Path, registry: dict[str, str], only: set[str] | None = None) -> Discovered:
    """Every council with files under `extracts`, the source it is fed by, and its folders."""
    if not extracts.is_dir():
        raise FileNotFoundError(f"{extracts}: no such folder of extracts")
    found: dict[str, dict[str, dict[str | None, Path]]] = {}
    result = Discovered()
    known = councils.known_la_codes()
    for entry in sorted(extracts.iterdir()):
        if entry.name not in SOURCE_SYSTEMS or not entry.is_dir():
            result.left_alone[str(entry)] = (
                f"{entry}: left alone: not a source folder ({', '.join(SOURCE_SYSTEMS)})"
            )
    for source in SOURCE_SYSTEMS:
        for folder in _la_folders(extracts / source, result.left_alone, "a council folder"):
            la = folder.name
            try:
                check_la(la)
            except ValueError as exc:
                result.errors[str(folder)] = f"{folder}: not a council folder ({exc})"
                continue
            if only is not None and la not in only:
                continue
            if la not in known and la not in registry:
                result.errors[la] = (
                    f"{folder}: LA code {la} is not an English LA nor a registered council"
                )
                continue
            years: dict[str | None, Path] = {}
            if source == SSDA903:
                for year_folder in _la_folders(
                    folder, result.left_alone, "a collection year folder"
                ):
                    try:
                        years[check_supported_year(year_folder.name)] = year_folder
                    except ValueError as exc:
                        result.errors[la] = f"{year_folder}: not a collection year folder ({exc})"
            else:
                years[None] = folder
            if years:
                found.setdefault(la, {})[source] = years
    for la, sources in sorted(found.items()):
        if la in result.errors:
            continue
        registered = registry.get(la)
        if registered is not None:
            if registered not in sources:
                result.errors[la] = (
                    f"LA {la} is registered with source {registered}, but {extracts} holds only "
                    f"{', '.join(sorted(sources))} for it"
                )
                continue
            left = sorted(set(sources) - {registered})
            warnings = (
                (
                    f"LA {la}: {', '.join(left)} extract(s) left alone: the registry says it is "
                    f"fed by {registered}",
                )
                if left
                else ()
            )
            result.councils.append(CouncilExtract(la, registered, sources[registered], warnings))
        elif len(sources) > 1:
            result.errors[la] = (
                f"LA {la} is not in the registry and {extracts} holds extracts of several "
                f"sources for it ({', '.join(sorted(sources))}): register the one that feeds "
                "it (cic new-council)"
            )
        else:
            ((source, folders),) = sources.items()
            result.councils.append(
                CouncilExtract(
                    la,
                    source,
                    folders,
                    (f"LA {la} is not in the registry: landed as {source}",),
                )
            )
    if only is not None:
        for la in sorted(only - {c.la for c in result.councils} - set(result.errors)):
            result.errors[la] = f"LA {la}: no extracts under {extracts}"
    return result
