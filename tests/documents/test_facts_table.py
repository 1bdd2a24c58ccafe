"""The exchange documents' fact tables print the page reportlab's Table printed: the same
pixels for short, wrapped, multi-line and empty cells, and across a page break."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, TableStyle

from blues_desktop.documents.exchanges.common import CONTENT_WIDTH, facts_table, para
from blues_desktop.documents.exchanges.facts_table import FactsTable
from blues_desktop.documents.fonts import FONT, FONT_BOLD, register_fonts
from blues_desktop.documents.pdf import PageSetup, Table, render_pdf
from tests.conftest import require_tool

ROWS = [
    ("Visiting organisation", "Müller & Weiß Straßenbau GmbH (SME), Greifswald, Germany"),
    ("Travelling person", "Řehoř Łukasiewicz-Núñez"),
    ("Stay", "2026-04-13 to 2026-04-17: 5 working days (travel days not counted)"),
    (
        "Host organisation (a label long enough to wrap in its column)",
        "Wodociągi Płock Sp. z o.o. — " + "a value long enough to wrap onto more lines; " * 4,
    ),
    ("Two lines", "first line\nsecond line"),
    ("Empty", ""),
]


def _cell(value: str, style: str, width: float) -> object:
    register_fonts()
    font = FONT_BOLD if style == "CellBold" else FONT
    if "\n" not in value and stringWidth(value, font, 8.5) < width - 8:
        return value
    return para(value, style)


def table_as_before(rows: list[tuple[str, str]]) -> Table:
    """The fact table as it was built on reportlab's Table."""
    label_width, value_width = 50 * mm, CONTENT_WIDTH - 50 * mm
    data = [
        [_cell(label, "CellBold", label_width), _cell(value, "Cell", value_width)]
        for label, value in rows
    ]
    table = Table(data, colWidths=[label_width, value_width])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (0, -1), FONT_BOLD, 8.5, 10.5),
                ("FONT", (1, 0), (1, -1), FONT, 8.5, 10.5),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def pages(story: list[Flowable], folder: Path) -> list[bytes]:
    pdf = folder / "table.pdf"
    pdf.write_bytes(render_pdf(story, PageSetup(), datetime(2026, 6, 1, tzinfo=UTC)))
    subprocess.run(["pdftoppm", "-r", "60", "-gray", str(pdf), str(folder / "page")], check=True)
    return [page.read_bytes() for page in sorted(folder.glob("page*.pgm"))]


def test_fact_tables_print_the_pages_table_printed(tmp_path: Path) -> None:
    require_tool("pdftoppm")
    rows = ROWS * 12  # more than a page: the table breaks between rows
    story_before: list[Flowable] = [Spacer(1, 100 * mm), table_as_before(rows)]
    story_now: list[Flowable] = [Spacer(1, 100 * mm), facts_table(rows)]
    assert isinstance(story_now[1], FactsTable)
    (tmp_path / "before").mkdir()
    (tmp_path / "now").mkdir()
    before = pages(story_before, tmp_path / "before")
    now = pages(story_now, tmp_path / "now")
    assert len(before) == 3
    assert now == before
