"""File names as they are shown and stored: every character visible, none able to act.

A name comes from whoever made the file. Printed as it is, a control character (an escape
sequence, a carriage return) could rewrite the terminal, a bidirectional override could make
`evil.exe.csv` look like another name, and bytes that are not UTF-8 (a name made on another
system) cannot be printed or stored as text at all. `printable` writes each such character as
an escape (`\\x1b`, `\\u202e`, `\\xff` for an undecodable byte) and leaves every other
character, letters of any script and spaces included, as it is. Rich markup in a name (`[red]`)
is a matter for the printer: the CLI prints names as `rich.text.Text`, never as markup.
"""

from __future__ import annotations

import os
import unicodedata

# Control (Cc), format (Cf: bidirectional overrides, zero-width characters), line and paragraph
# separators (Zl, Zp), surrogates (Cs: undecodable bytes of a name) and unassigned code points.
_HIDDEN = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Cn"})


def _escape(ch: str) -> str:
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte os.fsdecode could not decode (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def printable(name: str | os.PathLike[str]) -> str:
    """`name` with every character that is not visible text written as an escape; a backslash
    stays as it is (it cannot act on a terminal)."""
    text = os.fspath(name)
    if text.isprintable() and text.isascii():
        return text
    return "".join(_escape(ch) if unicodedata.category(ch) in _HIDDEN else ch for ch in text)
