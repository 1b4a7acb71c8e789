"""Command-line parameters shared by `cic` and `cic-lab`: DfE LA codes and collection years,
checked by `cic.ssda903` and reported as typer parameter errors."""

from __future__ import annotations

import typer

from cic.ssda903 import check_la, check_year


def la_code(value: str) -> str:
    """A DfE 3-digit LA code, or a usage error."""
    try:
        return check_la(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc


def collection_year(value: str) -> str:
    """A collection year such as 2025-26, or a usage error."""
    try:
        return check_year(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
