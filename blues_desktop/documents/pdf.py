"""What every BLUES PDF shares: the paper size (A4, or Letter where the data folder's
settings say so), the embedded font, the EU funding statement and
grant number, "page x of y", a generation stamp, and paragraph styles.

Documents build a list of flowables and call `build_pdf`; the file is written to a
temporary name and renamed, so a crash never leaves half a PDF behind.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate
from reportlab.platypus import Table as ReportlabTable
from reportlab.platypus.tables import CellStyle

from blues_desktop import __version__
from blues_desktop.documents.catalogue import catalogue
from blues_desktop.documents.fonts import FONT, FONT_BOLD, register_fonts
from blues_desktop.documents.paper import paper_in_use
from blues_desktop.domain.funding import FUNDING_STATEMENT
from blues_desktop.store.atomic import write_bytes_atomic

MARGIN = 15 * mm
PAPER = {"A4": A4, "Letter": LETTER}
FOOTER_FONT_SIZE = 7.5


@cache
def styles() -> StyleSheet1:
    """Paragraph styles in the embedded font (black on white: prints on any printer)."""
    register_fonts()
    sheet = StyleSheet1()
    sheet.add(ParagraphStyle("Body", fontName=FONT, fontSize=9.5, leading=12.5))
    sheet.add(ParagraphStyle("Small", fontName=FONT, fontSize=8, leading=10))
    sheet.add(ParagraphStyle("Cell", fontName=FONT, fontSize=8.5, leading=10.5))
    sheet.add(ParagraphStyle("CellBold", fontName=FONT_BOLD, fontSize=8.5, leading=10.5))
    sheet.add(
        ParagraphStyle("Title", fontName=FONT_BOLD, fontSize=15, leading=19, spaceAfter=2 * mm)
    )
    sheet.add(
        ParagraphStyle(
            "Heading",
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=2.5 * mm,
            spaceAfter=1 * mm,
        )
    )
    return sheet


class Table(ReportlabTable):
    """reportlab's table with the embedded font as the font of every cell.

    reportlab's cells default to Helvetica, and a table sets its cells' font even where
    a paragraph draws the text: the PDF then references a font it does not embed.
    Documents build their tables from this class, so every font a PDF names is in it.
    """

    def __init__(self, data: Any, *args: Any, style: Any = None, **kwargs: Any) -> None:
        register_fonts()
        if kwargs.get("cellStyles") is None:
            # The cells' own default, as reportlab builds them: a style command over
            # every cell would cost a batch of agreements a tenth of its time.
            kwargs["cellStyles"] = [
                [_EmbeddedFontCell(repr((i, j))) for j in range(len(row))]
                for i, row in enumerate(data)
            ]
        super().__init__(data, *args, **kwargs)
        if style is not None:
            self.setStyle(style)


class _EmbeddedFontCell(CellStyle):
    fontname = FONT


@dataclass(frozen=True, slots=True)
class PageSetup:
    landscape: bool = False
    title: str = ""
    # Printed bottom-left on every page, e.g. "ZIN-CX-2026-007"
    reference: str = ""
    # The language of the footer's words (documents/catalogue.py); the EU funding
    # statement stays in its English wording.
    language: str = "en"

    @property
    def size(self) -> tuple[float, float]:
        paper = PAPER[paper_in_use()]
        return landscape(paper) if self.landscape else paper


def stamp_text(printed_at: datetime, language: str = "en") -> str:
    when = f"{printed_at:%Y-%m-%d %H:%M}"
    return catalogue(language)("printed", when=when, version=__version__)


def _numbered_canvas_class(
    setup: PageSetup,
    printed_at: datetime,
    on_page: Callable[[Canvas, int, int], None] | None,
    stamp: str | None = None,
) -> type[Canvas]:
    """A canvas that knows the page count when it draws each footer ("page x of y")."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total)
                if on_page is not None:
                    on_page(self, number, total)
                super().showPage()
            super().save()

        def _draw_footer(self, number: int, total: int) -> None:
            width, _height = setup.size
            self.saveState()
            self.setStrokeColor(colors.black)
            self.setLineWidth(0.4)
            self.line(MARGIN, 13 * mm, width - MARGIN, 13 * mm)
            self.setFont(FONT, FOOTER_FONT_SIZE)
            self.drawString(MARGIN, 9.5 * mm, FUNDING_STATEMENT)
            printed = stamp if stamp is not None else stamp_text(printed_at, setup.language)
            left = " · ".join(part for part in (setup.reference, printed) if part)
            self.drawString(MARGIN, 6 * mm, left)
            page = catalogue(setup.language)("page_of", number=number, total=total)
            self.drawRightString(width - MARGIN, 6 * mm, page)
            self.restoreState()

    return NumberedCanvas


def render_pdf(
    flowables: Sequence[Flowable],
    setup: PageSetup,
    printed_at: datetime,
    *,
    on_page: Callable[[Canvas, int, int], None] | None = None,
    stamp: str | None = None,
) -> bytes:
    """Lay out `flowables` on A4 pages with the shared footer; returns the PDF bytes.

    `on_page(canvas, page, total)` may draw more on each page (a QR code, a header).
    `stamp` replaces the print stamp (a report whose bytes depend on its figures only).
    """
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=setup.size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=18 * mm,
        title=setup.title,
        author="BLUES Desktop",
        creator=f"BLUES Desktop {__version__}",
        # Reprints of the same document are identical except for the print stamp.
        invariant=1,
        # reportlab starts each page in Helvetica and references it without embedding
        # it; starting in the embedded font keeps every font of the file in the file.
        initialFontName=FONT,
    )
    document.build(list(flowables), canvasmaker=_numbered_canvas_class(setup, printed_at, on_page, stamp))
    return buffer.getvalue()


def write_pdf(path: Path, data: bytes, *, folder_sync: bool = True) -> Path:
    """Write PDF bytes to `path` atomically (store/atomic.atomic_write: `folder_sync`)."""
    write_bytes_atomic(Path(path), data, folder_sync=folder_sync)
    return Path(path)
