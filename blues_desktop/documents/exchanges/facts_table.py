"""The exchange documents' fact tables: a bold label and its value per row, in a grid.

Drawn directly rather than through reportlab's general `Table` (cell styles, style
commands, spans, a state saved and restored per cell), which was a tenth of the time of
a batch of agreements. The page is the one `Table` drew: the same paddings, fonts, line
breaks, row heights and grid, and a table too long for the page breaks between rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from blues_desktop.documents.fonts import FONT, FONT_BOLD
from blues_desktop.documents.plain_text import wrapped_lines

SIZE, LEADING = 8.5, 10.5
# reportlab's cell paddings left and right, and the fact tables' own top and bottom
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 6.0, 6.0, 2.0, 3.0
GRID_WIDTH = 0.4


def cell_lines(value: str, font: str, width: float) -> tuple[str, ...]:
    """Short one-line text stays one line (as the tables always drew it, even where it
    reaches into the padding); anything longer wraps within the paddings."""
    if "\n" not in value and stringWidth(value, font, SIZE) < width - 8:
        return (value,)
    return wrapped_lines(value, font, SIZE, width - PAD_LEFT - PAD_RIGHT)


class FactsTable(Flowable):
    def __init__(self, rows: Sequence[tuple[str, str]], widths: tuple[float, float]) -> None:
        super().__init__()
        self.rows = list(rows)
        self.widths = widths
        # Centred like Table: the grid is a little wider than the frame's inner width and
        # reaches as far into its left padding as into its right one.
        self.hAlign = "CENTER"
        # Under reportlab's name for a table's cells, where tools that read the text of
        # a story (the benchmark's bare canvas among them) look for it.
        self._cellvalues = [[label, value] for label, value in self.rows]
        self._laid_out: list[tuple[tuple[str, ...], tuple[str, ...], float]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        label_width, value_width = self.widths
        self._laid_out = []
        for label, value in self.rows:
            labels = cell_lines(label, FONT_BOLD, label_width)
            values = cell_lines(value, FONT, value_width)
            height = max(len(labels), len(values)) * LEADING + PAD_TOP + PAD_BOTTOM
            self._laid_out.append((labels, values, height))
        self.width = label_width + value_width
        self.height = sum(height for _l, _v, height in self._laid_out)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """The rows that fit, then the rest; nothing when not even one row fits."""
        self.wrap(availWidth, availHeight)
        used, fit = 0.0, 0
        for _labels, _values, height in self._laid_out:
            if used + height > availHeight:
                break
            used += height
            fit += 1
        if fit == 0 or fit >= len(self.rows):
            return []
        return [FactsTable(self.rows[:fit], self.widths), FactsTable(self.rows[fit:], self.widths)]

    def draw(self) -> None:
        canvas: Canvas = self.canv
        label_width, value_width = self.widths
        canvas.saveState()
        edges = [self.height]
        for labels, values, height in self._laid_out:
            top = edges[-1]
            for x, lines, font in (
                (PAD_LEFT, labels, FONT_BOLD),
                (label_width + PAD_LEFT, values, FONT),
            ):
                # The first baseline one font size below the padding, as Table put it.
                text = canvas.beginText(x, top - PAD_TOP - SIZE)
                text.setFont(font, SIZE, LEADING)
                for line in lines:
                    text.textLine(line)
                canvas.drawText(text)
            edges.append(top - height)
        canvas.setLineCap(1)
        canvas.setStrokeColorRGB(0, 0, 0)
        canvas.setLineWidth(GRID_WIDTH)
        # Line by line in Table's order (box, then inner grid): the same strokes, so
        # the corners come out the same to the pixel.
        right, top, bottom = label_width + value_width, edges[0], edges[-1]
        canvas.line(0, top, right, top)
        canvas.line(0, bottom, right, bottom)
        canvas.line(0, bottom, 0, top)
        canvas.line(right, bottom, right, top)
        for y in edges[1:-1]:
            canvas.line(0, y, right, y)
        canvas.line(label_width, bottom, label_width, top)
        canvas.restoreState()
