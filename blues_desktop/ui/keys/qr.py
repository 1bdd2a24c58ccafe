"""A QR code as a picture for a QLabel, made by segno (pure Python, so the frozen app
needs nothing more) and drawn by Qt from segno's PNG."""

from __future__ import annotations

import io

from PySide6.QtGui import QPixmap

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def qr_pixmap(text: str, size: int) -> QPixmap:
    """The QR code of `text` (error correction M: a code shown over a video call still
    reads with a few pixels lost), whole modules, at least `size` pixels across."""
    import segno

    code = segno.make(text, error="m", micro=False, boost_error=False)
    modules = code.symbol_size(scale=1, border=QUIET_ZONE)[0]
    out = io.BytesIO()
    scale = max(1, -(-size // modules))  # rounded up: never smaller than asked
    code.save(out, kind="png", scale=scale, border=QUIET_ZONE)
    pixmap = QPixmap()
    pixmap.loadFromData(out.getvalue(), "PNG")
    return pixmap
