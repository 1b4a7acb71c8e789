"""Which paths `cic land` lands, and why it leaves each other one alone.

Every path met is either a file to land (it may still be rejected: that is the lander's
decision, after reading it) or skipped with its reason; nothing is passed over in silence.

- A file named on the command line is landed whatever its name (903 files are recognised by
  their header, not their name). A path named that does not exist (or a link to nothing) is an
  error: no such file or folder.
- A folder is walked, in name order, sub-folders included. Its `.csv` and `.xml` files are
  landed (the suffix in any case); every other file is skipped.
- A link inside a folder is followed only to a file inside that same folder (the folder is what
  was handed over: a link must not bring in a file from elsewhere, say /etc/passwd, and copy it
  to quarantine). Links to folders are not followed (they would repeat or escape the walk);
  broken links and links that loop are skipped, each with its reason.
- Only regular files are read: a FIFO, a socket or a device would block or never end, and is
  skipped. So is a file this user cannot read, and a folder that cannot be listed.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cic.land.names import printable

LANDABLE_SUFFIXES = frozenset({".csv", ".xml"})
# A council exporting from a spreadsheet may leave the workbook beside (or instead of) its CSVs.
SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods"})
# Or send its files packed: the landing reads no archive, so the advice is to unpack it.
ARCHIVE_SUFFIXES = frozenset({".zip", ".gz", ".tgz", ".tar", ".bz2", ".xz", ".7z", ".rar"})


@dataclass(frozen=True)
class Skipped:
    """A path that is not landed, and why."""

    path: Path
    reason: str


@dataclass
class Found:
    """What a set of paths holds: files to land, in order, and paths skipped."""

    files: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _unreadable(path: Path) -> str | None:
    """Why this regular file cannot be opened for reading, if it cannot. O_NONBLOCK: should it
    have become a FIFO meanwhile, opening it does not wait for a writer."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        return "cannot be read: " + (
            "permission denied" if exc.errno in (errno.EACCES, errno.EPERM) else exc.strerror or ""
        )
    os.close(descriptor)
    return None


def _broken(path: Path) -> str:
    """Why a path that lstat finds cannot be followed."""
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a link that loops (it leads back to itself)"
        if exc.errno in (errno.EACCES, errno.EPERM):
            return "a link whose target cannot be reached: permission denied"
    return "a broken link: what it points to does not exist"


def _file(path: Path, found: Found) -> None:
    """A regular-or-not file (links already followed): landed if it can be read."""
    try:
        mode = path.stat().st_mode
    except OSError:
        found.skipped.append(Skipped(path, _broken(path)))
        return
    if not stat.S_ISREG(mode):
        found.skipped.append(Skipped(path, f"not a regular file: {_kind(mode)}"))
        return
    why = _unreadable(path)
    if why:
        found.skipped.append(Skipped(path, why))
    else:
        found.files.append(path)


def _inside(target: Path, root: Path) -> bool:
    return target == root or root in target.parents


def _walk(folder: Path, root: Path, found: Found) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        reason = "permission denied" if exc.errno in (errno.EACCES, errno.EPERM) else exc.strerror
        found.skipped.append(Skipped(folder, f"a folder that cannot be read: {reason}"))
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.is_symlink():
            _link(path, root, found)
        elif entry.is_dir(follow_symlinks=False):
            _walk(path, root, found)
        elif path.suffix.lower() not in LANDABLE_SUFFIXES:
            found.skipped.append(Skipped(path, _not_landable(path)))
        else:
            _file(path, found)


def _not_landable(path: Path) -> str:
    """Why a file met in a folder is not landed: its name does not end .csv or .xml."""
    if path.suffix.lower() in SPREADSHEET_SUFFIXES:
        return "a spreadsheet, not a .csv or .xml file: save each sheet as CSV to land it"
    if path.suffix.lower() in ARCHIVE_SUFFIXES:
        return "an archive, not a .csv or .xml file: unpack it and land the files it holds"
    return "not a .csv or .xml file"


def _link(path: Path, root: Path, found: Found) -> None:
    """A link met in a folder: followed only to a file inside the folder given."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):  # RuntimeError: a loop, on Python before 3.13
        found.skipped.append(Skipped(path, _broken(path)))
        return
    if target.is_dir():
        found.skipped.append(Skipped(path, "a link to a folder: links to folders are not followed"))
    elif not _inside(target, root):
        found.skipped.append(
            Skipped(
                path,
                f"a link to a file outside {printable(str(root))}: not followed (name the file "
                "itself to land it)",
            )
        )
    elif path.suffix.lower() not in LANDABLE_SUFFIXES:
        found.skipped.append(Skipped(path, _not_landable(path)))
    else:
        _file(path, found)


def survey(paths: Iterable[Path]) -> Found:
    """The files to land under `paths`, and every path skipped with its reason. Raises
    FileNotFoundError for a path given that does not exist."""
    found = Found()
    for path in paths:
        try:
            path.lstat()
        except OSError as exc:
            raise FileNotFoundError(f"no such file or folder: {printable(str(path))}") from exc
        try:
            is_dir = path.is_dir()
            path.stat()
        except OSError as exc:
            raise FileNotFoundError(f"{printable(str(path))} is {_broken(path)}") from exc
        if is_dir:
            _walk(path, path.resolve(), found)
        else:
            _file(path, found)
    return found
