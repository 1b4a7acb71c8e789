"""What `cic land` prints and the exit status it ends with.

Every name printed (files, folders, the warehouse) goes through `printable` and into a rich
`Text`, so that neither a control character nor rich markup in a name can act; no value from a
file is ever printed (a reason names rows and columns, never what they hold).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.table import Table
from rich.text import Text

from cic.cms import source_tables
from cic.land.lander import SSDA903, Outcome
from cic.land.names import printable
from cic.land.survey import Skipped
from cic.ssda903 import TABLES

# Exit status of `cic land`, most serious first when several apply (1 before 3).
LANDED = 0  # every file landed, or was already landed (unchanged)
REJECTED = 1  # a file was rejected (the others landed; skipped paths are listed too)
NOT_LANDED = 2  # bad options, a path that does not exist, no file to land, the warehouse
# cannot be opened (another process holds it) or failed while landing
SKIPPED = 3  # every file landed or was unchanged, but some paths were skipped

_STYLE = {
    "landed": "green",
    "unchanged": "cyan",
    "rejected": "bold red",
    "skipped": "yellow",
}


def name(path: Path | str) -> Text:
    """A path as printed: escaped, and never read as markup."""
    return Text(printable(str(path)))


def table(warehouse: Path, outcomes: Sequence[Outcome], skipped: Sequence[Skipped]) -> Table:
    """One row per file landed, unchanged or rejected, then one per path skipped."""
    out = Table(title=Text(f"Landed into {printable(str(warehouse))}"))
    for column in ("file", "tables", "status", "read", "landed", "rejected", "message"):
        # Names and reasons wrap at a narrow terminal but are never cut.
        out.add_column(
            column,
            justify="right" if column in {"read", "landed", "rejected"} else "left",
            overflow="fold",
        )
    for o in outcomes:
        out.add_row(
            name(o.path),
            ", ".join(o.tables),
            Text(o.status, style=_STYLE[o.status]),
            str(o.rows_read),
            str(o.rows_landed),
            str(o.rows_rejected),
            Text(printable(o.message)),
        )
    for s in skipped:
        out.add_row(
            name(s.path), "", Text("skipped", style=_STYLE["skipped"]), "", "", "", Text(s.reason)
        )
    return out


def summary(outcomes: Sequence[Outcome], skipped: Sequence[Skipped]) -> str:
    """Counts of each outcome, e.g. `3 landed, 1 rejected, 2 skipped`."""
    counts = {status: sum(o.status == status for o in outcomes) for status in _STYLE}
    counts["skipped"] = len(skipped)
    return ", ".join(f"{n} {status}" for status, n in counts.items() if n) or "nothing"


def rejected_line(outcome: Outcome) -> Text:
    where = f", row {outcome.row}" if outcome.row else ""
    return (
        Text("rejected: ", style="bold red")
        + name(outcome.path)
        + Text(f"{where}: {printable(outcome.message)}")
    )


def skipped_line(skip: Skipped) -> Text:
    return Text("skipped: ", style="yellow") + name(skip.path) + Text(f": {skip.reason}")


def absent_tables(source: str, year: str | None, outcomes: Sequence[Outcome]) -> list[str]:
    """The tables of the year's return (903 files) or of the family (a CMS extract) that no
    file among `outcomes` landed, now or before (unchanged); none when an XML file holds the
    return, since it holds every table."""
    present = {table for outcome in outcomes for table in outcome.tables}
    if source == SSDA903:
        if year is None or any(o.path.suffix.lower() == ".xml" for o in outcomes):
            return []
        return [t.name for t in TABLES if t.exists_in(year) and t.name not in present]
    return [t.name for t in source_tables(source) if t.name not in present]


def absent_message(source: str, year: str | None, absent: Sequence[str]) -> str:
    """What `absent_tables` found, in words (the names are the declarations', never a file's)."""
    if source == SSDA903 and year is not None:
        declared = sum(t.exists_in(year) for t in TABLES)
        what, after = f"tables of the {year} return", ""
    else:
        declared = len(source_tables(source))
        what = f"{source} tables"
        after = " (after dbt build, validation.missing_cms_tables lists a table never landed)"
    return (
        f"no landed file for {len(absent)} of the {declared} {what} ({', '.join(absent)}): "
        f"their rows stay as last landed, or there are none{after}"
    )


def absent_line(source: str, year: str | None, absent: Sequence[str]) -> Text:
    return Text("incomplete: ", style="yellow") + Text(absent_message(source, year, absent))


def repeated_tables(outcomes: Sequence[Outcome]) -> list[str]:
    """A message for each table that more than one file among `outcomes` holds (landed now, or
    before and unchanged): the latest load supersedes the others, so the rows kept depend on
    which file came last (a copy beside the extract, a CSV beside an XML return). Files of the
    same bytes are one load, and are not counted twice."""
    holders: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        if outcome.status in ("landed", "unchanged"):
            for held in outcome.tables:
                holders.setdefault(held, []).append(outcome)
    messages = []
    for held, files in sorted(holders.items()):
        if len({o.load_id for o in files}) < 2:
            continue
        kept = max(files, key=lambda o: o.load_id or 0)
        names = ", ".join(sorted(printable(o.path.name) for o in files))
        messages.append(
            f"table {held} is in {len(files)} files ({names}): only the rows of "
            f"{printable(kept.path.name)} count; remove the other files and land again"
        )
    return messages


def elsewhere_messages(
    outcomes: Sequence[Outcome], elsewhere: dict[int, tuple[int, str, str | None]]
) -> list[str]:
    """A message for each landed file whose bytes were landed for another council or year
    (`same_bytes_elsewhere`): one council's return is not another's, nor one year's another's,
    so the --la or --year given (this time or that) is likely wrong. Both loads stand."""
    messages = []
    for outcome in outcomes:
        if outcome.status != "landed" or outcome.load_id not in elsewhere:
            continue
        other, la, year = elsewhere[outcome.load_id]
        where = f"LA {la}" + (f", {year}" if year else "")
        ask = "--la or --year" if year else "--la"
        messages.append(
            f"{printable(outcome.path.name)} (load {outcome.load_id}) has the same bytes as load "
            f"{other}, landed for {where}: is {ask} right?"
        )
    return messages


def repeated_line(message: str) -> Text:
    return Text("repeated: ", style="yellow") + Text(message)


def exit_status(outcomes: Sequence[Outcome], skipped: Sequence[Skipped]) -> int:
    if any(o.status == "rejected" for o in outcomes):
        return REJECTED
    return SKIPPED if skipped else LANDED
