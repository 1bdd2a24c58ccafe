"""The QR code in the corner of every attendance-sheet page: the event id and the page
number, so a scanned page finds its way back to its event."""

from __future__ import annotations

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from blues_desktop.documents.fonts import FONT
from blues_desktop.documents.pdf import MARGIN, PageSetup


def qr_payload(event_id: str, page: int, total: int) -> str:
    """What each page's QR code carries: enough to match a scanned page to its event."""
    # Upper case, digits and ":-/" only: QR's alphanumeric mode, a smaller code.
    return f"BLUES:EVENT:{event_id.upper()}:PAGE:{page}/{total}"


def qr_matrix(payload: str, mask: int | None = None) -> tuple[list[list[bool]], int]:
    """The QR modules for `payload` (level M) and the mask used; reportlab's encoder picks
    the best mask when none is given, which is slow, so a document picks it once."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    if mask is None:
        mask = code.getBestMaskPattern()
    code.makeImpl(False, mask)
    return code.modules, mask


def _dark_runs(cells: list[bool]) -> list[tuple[int, int]]:
    """(start, length) of each run of dark modules in a row: one rectangle per run."""
    runs: list[tuple[int, int]] = []
    start = -1
    for col, dark in enumerate([*cells, False]):
        if dark and start < 0:
            start = col
        elif not dark and start >= 0:
            runs.append((start, col - start))
            start = -1
    return runs


class QrPainter:
    """Draws each page's QR code straight onto the canvas as one filled path (drawing
    it as a reportlab Drawing of widgets costs a tenth of a second a page)."""

    def __init__(self, event_id: str, setup: PageSetup, *, size: float) -> None:
        self.event_id = event_id
        self.setup = setup
        self.size = size
        self.mask: int | None = None
        self.drawn: list[str] = []

    def __call__(self, canvas: Canvas, page: int, total: int) -> None:
        payload = qr_payload(self.event_id, page, total)
        self.drawn.append(payload)
        modules, self.mask = qr_matrix(payload, self.mask)
        count = len(modules)
        quiet = 1  # modules of white border inside the reserved square
        unit = self.size / (count + 2 * quiet)
        width, height = self.setup.size
        left = width - MARGIN - self.size
        bottom = height - MARGIN - self.size
        canvas.saveState()
        canvas.setFillColor(colors.black)
        # One literal path of rectangles ("x y w h re", then fill): building it through
        # reportlab's path object formats every number the slow way.
        rectangles = []
        for row, cells in enumerate(modules):
            y = bottom + self.size - (row + 1 + quiet) * unit
            for start, length in _dark_runs(cells):
                x = left + (start + quiet) * unit
                rectangles.append(f"{x:.3f} {y:.3f} {length * unit:.3f} {unit:.3f} re")
        canvas.addLiteral("\n".join(rectangles) + "\nf")
        canvas.setFont(FONT, 5.5)
        canvas.drawRightString(
            width - MARGIN, bottom - 2 * mm, f"{self.event_id[:8]} · p. {page}/{total}"
        )
        canvas.restoreState()
