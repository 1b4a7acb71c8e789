"""A file's bytes, read once in chunks: its sha256, its encoding, and a UTF-8 copy when it is not
UTF-8 already. Nothing here holds a whole file in memory.

Encodings: UTF-8 (with or without BOM) and UTF-16 with a BOM are recognised by their BOM or by
being valid UTF-8. A file that is not valid UTF-8 is read as Windows-1252 only when it holds no
well-formed multi-byte UTF-8 sequence at all: a file with both (say, one row pasted from another
system) is mixed and is rejected, naming the row of the first byte that is not UTF-8, rather than
read with the wrong encoding for one part of it. `--encoding` overrides detection.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 20
UTF8 = ("utf-8", "utf-8-sig")  # read by DuckDB as they are; every other encoding is transcoded


def nul_reason(encoding: str = "utf-16-le") -> str:
    """Why a file in UTF-16 without a byte-order mark cannot be read as it is."""
    return (
        "undecodable: the file holds NUL bytes, as UTF-16 without a byte-order mark "
        f"does; land it again with --encoding {encoding}"
        + (" (or utf-16-be)" if encoding == "utf-16-le" else "")
    )


NUL_REASON = nul_reason()
# How a NUL byte in an otherwise textual file is wrong (for `undecodable`, which names its row).
NUL_BYTE = "is NUL (0x00), which no text file holds"
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Files sent in error, by the bytes at an offset: what they look like, for the reason.
_SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (0, b"\xff\xd8\xff", "a JPEG image"),
    (0, b"GIF8", "a GIF image"),
    (0, b"%PDF-", "a PDF document"),
    (0, b"PK\x03\x04", "a zip archive (an Excel .xlsx workbook is one: save each sheet as CSV)"),
    (0, b"PK\x05\x06", "an empty zip archive"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Office file (an Excel .xls workbook?)"),
    (0, b"\x1f\x8b", "a gzip archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (0, b"Rar!", "a RAR archive"),
    (0, b"SQLite format 3\x00", "an SQLite database"),
    (8, b"DUCK", "a DuckDB database"),
)
_CONTROL = frozenset(range(0x09)) | frozenset(range(0x0E, 0x20))


def binary_kind(head: bytes) -> str | None:
    """What a file that is not text looks like (by its first bytes), None if it may be text."""
    for offset, signature, kind in _SIGNATURES:
        if head[offset : offset + len(signature)] == signature:
            return kind
    if b"\x00" in head and _utf16(head) is None:
        control = sum(1 for b in head if b in _CONTROL)
        if control * 20 > len(head):  # more than 5% control bytes: not text with a stray NUL
            return "a binary file"
    return None


def _utf16(head: bytes) -> str | None:
    """The byte order of UTF-16 text without a byte-order mark, judged from its first bytes
    (mostly Latin text: every other byte NUL), or None."""
    even, odd = head[0::2], head[1::2]
    if len(odd) < 2:
        return None
    if odd.count(0) * 10 >= len(odd) * 9 and even.count(0) * 10 < len(even):
        return "utf-16-le"
    if even.count(0) * 10 >= len(even) * 9 and odd.count(0) * 10 < len(odd):
        return "utf-16-be"
    return None


# A well-formed UTF-8 sequence of two to four bytes (RFC 3629); Windows-1252 text almost never
# holds one, since a lead byte (a capital letter with an accent) followed by a continuation
# byte (mostly punctuation) does not occur in words.
_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
# Spaces between a quote and its delimiter: DuckDB's reader drops them, Python's keeps them (a
# space before an opening quote) or refuses the row (a space after a closing one). A file that
# has any is read the slow way, so that values stay exactly as they were sent.
_SPACED_QUOTE = re.compile(rb'(?:^|,)[ \t]+"|"[ \t]+(?:,|\r|\n|$)', re.MULTILINE)

MARK = "cic-mark"
_MARKED = re.compile("[\udc00-\udcff]")


def _mark(error: UnicodeError) -> tuple[str, int]:
    """Decode error handler: each undecodable byte becomes a lone surrogate (U+DC00 + byte),
    which no strict decoder ever produces, so that a reader can tell which value held it."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(chr(0xDC00 + b) for b in bad), error.end


codecs.register_error(MARK, _mark)


def marked(text: str) -> bool:
    """Whether decoded text holds a byte the encoding could not decode."""
    return _MARKED.search(text) is not None


def unmark(text: str) -> str:
    """Text for raw._rejects: undecodable bytes written as \\xNN escapes."""
    return _MARKED.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}", text)


@dataclass(frozen=True)
class Scan:
    """What one pass over a file found."""

    sha256: str
    size: int
    head: bytes  # the first bytes, to tell XML from CSV
    blank: bool  # nothing but white space (and a byte-order mark)
    encoding: str | None  # None: the encoding could not be settled, see `fault`
    fault: str | None  # why the file cannot be decoded at all (no row to name)
    bad_byte: str | None  # how a byte is wrong ("is not valid UTF-8"): see `undecodable`
    nul: bool  # holds NUL bytes
    spaced_quotes: bool  # a quote next to spaces: land through Python (see _SPACED_QUOTE)
    binary: bool = False  # not text at all (`fault` says what it looks like): no rows to list


def open_regular(path: Path) -> BinaryIO:
    """`path` opened for reading, if it is a regular file: a FIFO (or a device) would block or
    never end, so it is refused (OSError) rather than read, even if it became one after the
    folder was surveyed."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def _blank(chunk: bytes, bom: str | None) -> bool:
    """Whether a chunk holds nothing but white space (NULs too, in UTF-16)."""
    if bom == "utf-16":
        chunk = chunk.replace(b"\x00", b"")
    return not chunk.strip()


def scan(path: Path, override: str | None = None) -> Scan:
    """Hash the file and settle its encoding in one streaming pass."""
    digest = hashlib.sha256()
    size = 0
    head = b""
    blank = True
    nul = False
    spaced = False
    valid_utf8 = True
    multibyte = False
    decoder = codecs.getincrementaldecoder("utf-8")()
    bom: str | None = None
    tail = b""
    with open_regular(path) as handle:
        while chunk := handle.read(CHUNK):
            if not size:
                head = chunk[:256]
                mark = next((m for m, _ in _BOMS if chunk.startswith(m)), b"")
                bom = dict(_BOMS).get(mark) if mark else None
                blank = _blank(chunk[len(mark) :], bom)
            elif blank:
                blank = _blank(chunk, bom)
            size += len(chunk)
            digest.update(chunk)
            if not nul and b"\x00" in chunk:
                nul = True
            if not spaced and b'"' in chunk:
                spaced = _SPACED_QUOTE.search(tail + chunk) is not None
            # An ASCII chunk is fed too when the last one ended inside a multi-byte sequence.
            if valid_utf8 and (not chunk.isascii() or decoder.getstate()[0]):
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    valid_utf8 = False
            if not multibyte and not chunk.isascii():
                multibyte = _MULTIBYTE.search(tail + chunk) is not None
            tail = chunk[-8:]
    if valid_utf8:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            valid_utf8 = False
    kind = None if bom or override or blank else binary_kind(head)
    if kind:
        why = f"not a text file: it looks like {kind}; a 903 file is CSV or XML text"
        return Scan(digest.hexdigest(), size, head, blank, None, why, None, nul, spaced, True)
    encoding, fault, bad_byte = _settle(override, bom, nul, valid_utf8, multibyte, head)
    return Scan(digest.hexdigest(), size, head, blank, encoding, fault, bad_byte, nul, spaced)


NOT_UTF8 = "is not valid UTF-8"
MIXED = (
    "is not valid UTF-8 while the file holds UTF-8 elsewhere: a file mixing encodings is not "
    "read as Windows-1252; give the encoding with --encoding if it is all one"
)


def undecodable(detail: str, row: int | None = None, column: str | None = None) -> str:
    """The reason for a byte that does not decode, naming where it is (never what it is)."""
    if row is None:
        return f"undecodable: the file holds a byte that {detail}"
    if row == 0:
        return f"undecodable: the header holds a byte that {detail}"
    return f"undecodable: data row {row}, column {column} holds a byte that {detail}"


def _settle(
    override: str | None,
    bom: str | None,
    nul: bool,
    valid_utf8: bool,
    multibyte: bool,
    head: bytes,
) -> tuple[str | None, str | None, str | None]:
    """(encoding, fault, bad byte): the encoding to read the file with, why it cannot be read
    at all, and how a byte of it is wrong (not UTF-8, or a NUL in text; the listing names the
    row of the first)."""
    wide = False  # an encoding of two or four bytes a character, whose text holds NUL bytes
    if override:
        try:
            name = codecs.lookup(override).name
        except LookupError:
            return None, f"unknown encoding {override!r}", None
        try:  # str.encode refuses a codec that is not a text encoding (base64, rot13, zlib)
            "".encode(override)
        except LookupError:
            return None, f"{override!r} is not a text encoding (such as utf-8 or cp1252)", None
        encoding = override
        bad = NOT_UTF8 if name in UTF8 and not valid_utf8 else None
        wide = name.startswith(("utf-16", "utf-32"))
    elif bom == "utf-16":
        return bom, None, None
    elif nul and bom is None and (order := _utf16(head)):
        return None, nul_reason(order), None
    elif bom is not None:  # UTF-8 with BOM
        encoding, bad = bom, None if valid_utf8 else NOT_UTF8
    elif valid_utf8:
        encoding, bad = "utf-8", None
    elif multibyte:
        encoding, bad = "utf-8", MIXED
    else:
        encoding, bad = "cp1252", None
    if nul and not wide and bad is None:
        bad = NUL_BYTE
    return encoding, None, bad


def is_utf8(encoding: str) -> bool:
    """Whether DuckDB can read a file of this (settled) encoding as it is."""
    try:
        return codecs.lookup(encoding).name in UTF8
    except LookupError:
        return False


def transcode(path: Path, encoding: str, target: Path) -> str | None:
    """Write `path` decoded from `encoding` to `target` as UTF-8, streaming, the target readable
    by its owner only. Returns None, or the fault if a byte does not decode (the target is then
    incomplete and must not be read): how the byte is wrong, for `undecodable`."""
    decoder = codecs.getincrementaldecoder(encoding)()
    target.touch(mode=0o600)
    with path.open("rb") as source, target.open("w", encoding="utf-8", newline="") as out:
        try:
            while chunk := source.read(CHUNK):
                out.write(decoder.decode(chunk))
            out.write(decoder.decode(b"", final=True))
        except UnicodeDecodeError:
            if encoding == "cp1252":
                return "is neither UTF-8 nor Windows-1252; give the encoding with --encoding"
            return f"is not valid {encoding}"
    return None
