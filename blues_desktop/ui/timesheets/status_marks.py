"""A month's sign-off as a small mark beside a name in the staff list: an empty ring
(not started), a half-filled ring (draft), a filled disc (submitted) and a filled disc
with a tick (approved, locked). The words are in the mark's tooltip and in the page's
heading: a column of them ("Zatwierdzona (zablokowana)") would not fit beside the month
on a 1366-pixel laptop."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from blues_desktop.domain.timesheets import APPROVED, DRAFT, SUBMITTED, MonthStatus

# Told apart by their shape as well as their colour (and readable in grey).
_COLOURS: dict[MonthStatus | None, str] = {
    None: "#8a8a8a",
    DRAFT: "#b07000",
    SUBMITTED: "#1f5fa8",
    APPROVED: "#2e7d32",
}
SIZES = (16, 32)


def _draw(status: MonthStatus | None, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(_COLOURS[status])
    line = max(1.0, size / 10)
    ring = QRectF(line, line, size - 2 * line, size - 2 * line)
    painter.setPen(QPen(colour, line))
    if status is None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(ring)
    elif status is DRAFT:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(ring)
        painter.setBrush(colour)
        painter.drawPie(ring, 90 * 16, 180 * 16)  # the left half: begun, not finished
    else:
        painter.setBrush(colour)
        painter.drawEllipse(ring)
    if status is APPROVED:
        tick = QPainterPath(QPointF(size * 0.28, size * 0.52))
        tick.lineTo(QPointF(size * 0.44, size * 0.68))
        tick.lineTo(QPointF(size * 0.73, size * 0.34))
        painter.setPen(QPen(QColor("white"), max(1.5, size / 8)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    painter.end()
    return pixmap


@cache
def status_mark(status: MonthStatus | None) -> QIcon:
    """The mark of `status` (None: the month has no hours yet)."""
    mark = QIcon()
    for size in SIZES:
        mark.addPixmap(_draw(status, size))
    return mark
