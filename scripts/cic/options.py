"""Command-line parameters shared by `cic` and `cic-lab`: DfE LA codes and collection years,
checked by `cic.ssda903` and `cic.councils` and reported as typer parameter errors; and the
commands' help, reflowed from their docstrings."""

from __future__ import annotations

import inspect
from pathlib import Path

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
    try:
        known = known_la_codes()
    except ValueError as exc:  # the registry (seeds/reference/councils.csv) does not read
        raise typer.BadParameter(f"the council registry cannot be read: {exc}") from exc
    if value not in known:
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


def given_path(value: str) -> Path:
    """A path given on the command line (the parser of every path parameter of `cic` and
    `cic-lab`), or a usage error when it is empty or blank: an unset shell variable
    (`cic land "$FOLDER"`) would otherwise read as the current folder."""
    if not value.strip():
        raise typer.BadParameter("an empty path was given (an unset shell variable?)")
    return Path(value)


def council_name(value: str) -> str:
    """A council's name as the registry stores it: not blank, one line of printable text."""
    name = value.strip()
    if not name:
        raise typer.BadParameter("the council's name is empty")
    if not name.isprintable():
        raise typer.BadParameter("the council's name holds a control character or a line break")
    return name


def reflow_help(app: typer.Typer) -> None:
    """Give each command of `app` (and of the apps added to it) its docstring as help with each
    paragraph on one line. Typer's rich help keeps a docstring's line breaks, so text wrapped at
    the source's width would break again mid-line in a narrower terminal; reflowed, it is wrapped
    once, to the terminal."""
    for info in app.registered_commands:
        doc = inspect.getdoc(info.callback) if info.callback is not None else None
        if doc and info.help is None:
            info.help = "\n\n".join(" ".join(p.split()) for p in doc.split("\n\n"))
    for group in app.registered_groups:
        if group.typer_instance is not None:
            reflow_help(group.typer_instance)
