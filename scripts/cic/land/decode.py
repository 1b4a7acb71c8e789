"""Turn a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252."""

from __future__ import annotations

import codecs

from cic.land.errors import RejectedFile

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _data_row_of(data: bytes, offset: int) -> int:
    """The 1-based data row (the header is row 0) holding byte `offset`."""
    return data.count(b"\n", 0, offset)


def _decode_strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        row = _data_row_of(data, exc.start)
        where = "in the header" if row == 0 else f"at data row {row}"
        raise RejectedFile(
            f"undecodable: byte 0x{data[exc.start]:02x} {where} is not valid {encoding}",
            row=row or None,
        ) from exc
    except LookupError as exc:
        raise RejectedFile(f"unknown encoding {encoding!r}") from exc


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Return (text, encoding used). `encoding` overrides detection."""
    if encoding:
        return _decode_strict(data, encoding), encoding
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode_strict(data, name), name
    if b"\x00" in data:
        raise RejectedFile(
            "undecodable: the file holds NUL bytes, as UTF-16 without a byte-order mark "
            "does; land it again with --encoding utf-16-le (or utf-16-be)"
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        row = _data_row_of(data, exc.start)
        raise RejectedFile(
            f"undecodable: byte 0x{data[exc.start]:02x} at data row {row} is neither UTF-8 "
            "nor Windows-1252; give the encoding with --encoding",
            row=row or None,
        ) from exc
