"""The scans a paid demo exchange keeps as its evidence: small grey PNG pages that look
like a printed invoice (a header bar and lines of text), made without any image library."""

from __future__ import annotations

import struct
import zlib
from functools import cache

WIDTH, HEIGHT = 210, 297  # an A4 page, one pixel a millimetre


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def _page(lines: int, seed: int) -> bytes:
    """A greyscale page: a dark header, then `lines` grey bars of varying length."""
    rows = []
    for y in range(HEIGHT):
        row = bytearray([255] * WIDTH)
        if 20 <= y < 34:
            row[20:120] = bytes([60]) * 100
        line = (y - 50) // 9
        if 0 <= line < lines and (y - 50) % 9 < 4:
            length = 120 + (line * 37 + seed * 11) % 50
            row[20 : 20 + length] = bytes([150]) * length
        rows.append(b"\x00" + bytes(row))  # filter type 0 per row
    header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + _chunk(b"IEND", b"")
    )


@cache
def evidence_scan(kind: str) -> bytes:
    """The scan of one kind of evidence (the same kind, the same file: stored once)."""
    return _page(8 + len(kind) % 6, len(kind))
