"""A paragraph of plain text in one font: broken into lines by reportlab's `simpleSplit`
and drawn as one text object.

Contracts and forms are mostly plain text (names, dates, amounts, fixed clauses). A
platypus `Paragraph` parses mini-markup through an HTML parser and lays out fragments,
which is most of the time of a batch of 1,000 agreements; this flowable does only what
plain text needs. Line breaks are cached, so the fixed clauses every agreement repeats
are measured once per batch.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable


@lru_cache(maxsize=4096)
def _lines(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    return tuple(simpleSplit(text, font, size, width))


class PlainText(Flowable):
    """Left-aligned text that wraps at spaces and keeps its own line breaks ("\\n")."""

    def __init__(
        self, text: str, style: ParagraphStyle, *, lines: tuple[str, ...] | None = None
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self._fixed_lines = lines  # set on the parts of a split paragraph
        self.lines: tuple[str, ...] = lines or ()

    def getPlainText(self) -> str:  # noqa: N802 (platypus' name, read by tests and benchmarks)
        return self.text if self._fixed_lines is None else "\n".join(self._fixed_lines)

    def getSpaceBefore(self) -> float:  # noqa: N802
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802
        return float(self.style.spaceAfter)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._fixed_lines is None:
            style = self.style
            self.lines = _lines(self.text, style.fontName, style.fontSize, availWidth)
        self.width = availWidth
        self.height = len(self.lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(self.lines):
            return []
        return [
            PlainText(self.text, self.style, lines=self.lines[:fit]),
            PlainText(self.text, self.style, lines=self.lines[fit:]),
        ]

    def draw(self) -> None:
        canvas: Canvas = self.canv
        style = self.style
        # The first baseline sits one font size below the top, as a Paragraph's does.
        text = canvas.beginText(0, self.height - style.fontSize)
        text.setFont(style.fontName, style.fontSize, style.leading)
        for line in self.lines:
            text.textLine(line)
        canvas.drawText(text)
