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
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 20
UTF8 = ("utf-8", "utf-8-sig")  # read by DuckDB as they are; every other encoding is transcoded
NUL_REASON = (
    "undecodable: the file holds NUL bytes, as UTF-16 without a byte-order mark "
    "does; land it again with --encoding utf-16-le (or utf-16-be)"
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
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
    blank: bool  # nothing but white space
    encoding: str | None  # None: the encoding could not be settled, see `fault`
    fault: str | None  # why the file cannot be decoded at all (no row to name)
    bad_byte: str | None  # how a byte is wrong ("is not valid UTF-8"): see `undecodable`
    nul: bool  # holds NUL bytes
    spaced_quotes: bool  # a quote next to spaces: land through Python (see _SPACED_QUOTE)


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
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            if not size:
                head = chunk[:256]
                bom = next((name for mark, name in _BOMS if chunk.startswith(mark)), None)
            size += len(chunk)
            digest.update(chunk)
            if blank and chunk.strip():
                blank = False
            if not nul and b"\x00" in chunk:
                nul = True
            if not spaced and b'"' in chunk:
                spaced = _SPACED_QUOTE.search(tail + chunk) is not None
            if not chunk.isascii():
                if valid_utf8:
                    try:
                        decoder.decode(chunk)
                    except UnicodeDecodeError:
                        valid_utf8 = False
                if not multibyte:
                    multibyte = _MULTIBYTE.search(tail + chunk) is not None
            tail = chunk[-8:]
    if valid_utf8:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            valid_utf8 = False
    encoding, fault = _settle(override, bom, nul, valid_utf8, multibyte)
    full = fault if fault in (NUL_REASON, f"unknown encoding {override!r}") else None
    bad_byte = None if full else fault
    return Scan(digest.hexdigest(), size, head, blank, encoding, full, bad_byte, nul, spaced)


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
    override: str | None, bom: str | None, nul: bool, valid_utf8: bool, multibyte: bool
) -> tuple[str | None, str | None]:
    """(encoding, fault): the encoding to read the file with, and why it cannot be read."""
    if override:
        try:
            name = codecs.lookup(override).name
        except LookupError:
            return None, f"unknown encoding {override!r}"
        return override, NOT_UTF8 if name in UTF8 and not valid_utf8 else None
    if bom == "utf-16":
        return bom, None
    if bom is not None:  # UTF-8 with BOM
        return bom, None if valid_utf8 else NOT_UTF8
    if nul:
        return None, NUL_REASON
    if valid_utf8:
        return "utf-8", None
    if multibyte:
        return "utf-8", MIXED
    return "cp1252", None


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
