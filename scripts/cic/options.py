"""Command-line parameters shared by `cic` and `cic-lab`: DfE LA codes and collection years,
checked by `cic.ssda903` and `cic.councils` and reported as typer parameter errors."""

from __future__ import annotations

import typer

from cic.councils import known_la_codes
from cic.ssda903 import check_la, check_supported_year


def la_code(value: str) -> str:
    """A DfE 3-digit LA code (ASCII digits) of an English LA or a registered council, or a
    usage error."""
    try:
        check_la(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    if value not in known_la_codes():
        raise typer.BadParameter(
            f"LA code {value} is not an English LA in seeds/reference/local_authorities.csv "
            "nor a council in seeds/reference/councils.csv"
        )
    return value


def collection_year(value: str) -> str:
    """A supported collection year such as 2025-26 (ASCII), or a usage error."""
    try:
        return check_supported_year(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
