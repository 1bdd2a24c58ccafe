"""The periodic report pack as a PDF: a cover with the EU emblem, the funding statement
and the grant number; the summary of every figure; a section per KPI area with its
tables and vector charts; how each figure is counted; the disclaimer. Page numbers and
the funding statement on every page, every font embedded. The footer says which
figures it holds instead of when it was printed, so the same figures give the same
bytes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, Spacer
from reportlab.platypus.flowables import Flowable

from blues_desktop import GRANT_NUMBER
from blues_desktop.documents.fonts import FONT_BOLD
from blues_desktop.documents.pdf import PageSetup, Table, render_pdf, styles, write_pdf
from blues_desktop.documents.report_charts import chart_drawing, eu_emblem
from blues_desktop.domain.funding import (
    DISCLAIMER,
    EMBLEM_TEXT,
    FUNDING_STATEMENT,
    PROJECT_NAME,
    PROJECT_TITLE,
)
from blues_desktop.services.reports.pack import ReportPack
from blues_desktop.services.reports.tables import (
    AREAS,
    Chart,
    ReportTable,
    definition_rows,
    report_tables,
    summary_rows,
)

TABLE_STYLE = [
    ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE4EE")),
    ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
    ("FONTSIZE", (0, 0), (-1, -1), 8),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
]


def _text(value: object, money: bool = False) -> str:
    if value is None:
        return "–"
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _cover(pack: ReportPack) -> list[Flowable]:
    sheet = styles()
    window = pack.window
    return [
        eu_emblem(),
        Spacer(1, 2 * mm),
        Paragraph(EMBLEM_TEXT, sheet["Body"]),
        Spacer(1, 25 * mm),
        Paragraph(f"{PROJECT_NAME}: periodic report", sheet["Title"]),
        Paragraph(PROJECT_TITLE, sheet["Heading"]),
        Paragraph(f"COSME grant agreement No {GRANT_NUMBER}", sheet["Body"]),
        Spacer(1, 10 * mm),
        Paragraph(f"<b>{window.period.label}</b>", sheet["Body"]),
        Paragraph(
            f"Figures from {window.start:%d %B %Y} to {window.end:%d %B %Y}, "
            f"as recorded on {window.as_of:%d %B %Y}",
            sheet["Body"],
        ),
        Spacer(1, 40 * mm),
        Paragraph(FUNDING_STATEMENT, sheet["Body"]),
        Spacer(1, 3 * mm),
        Paragraph(DISCLAIMER, sheet["Small"]),
        PageBreak(),
    ]


def _table(
    headers: tuple[str, ...], rows: Sequence[tuple[str, ...]], widths: list[float]
) -> Table:
    cell, bold = styles()["Cell"], styles()["CellBold"]
    data = [[Paragraph(h, bold) for h in headers],
            *[[Paragraph(c, cell) if i == 0 else c for i, c in enumerate(r)] for r in rows]]  # fmt: skip
    return Table(data, colWidths=widths, repeatRows=1, style=TABLE_STYLE)


def _summary(pack: ReportPack) -> list[Flowable]:
    sheet = styles()
    rows = [(figure, area, _text(value)) for area, figure, value in summary_rows(pack)]
    return [
        Paragraph("Summary", sheet["Title"]),
        _table(("Figure", "Area", "Value"), rows, [95 * mm, 35 * mm, 35 * mm]),
    ]


def _section(table: ReportTable) -> list[Flowable]:
    sheet = styles()
    numbers = len(table.headers) - 1
    first = 180 * mm - numbers * 28 * mm
    widths = [max(first, 50 * mm)] + [min(28 * mm, 130 * mm / numbers)] * numbers
    rows = [tuple(_text(v, table.money) for v in row) for row in table.rows]
    # a section starts on a new page unless its heading, a few rows and the chart fit
    parts: list[Flowable] = [CondPageBreak(100 * mm), Paragraph(table.title, sheet["Heading"])]
    if not rows:
        parts.append(Paragraph("Nothing to count in this period.", sheet["Body"]))
        return parts
    # the chart first, under its heading: a long table then runs on without parting them
    if table.chart is not Chart.NONE:
        parts += [chart_drawing(table), Spacer(1, 2 * mm)]
    parts.append(_table(table.headers, rows, widths))
    return parts


def _definitions() -> list[Flowable]:
    sheet = styles()
    cell = sheet["Cell"]
    data = [["Figure", "What it counts", "What it leaves out"]] + [
        [Paragraph(f"{figure} ({area})", cell), Paragraph(counts, cell), Paragraph(excl, cell)]
        for area, figure, counts, excl in definition_rows()
    ]
    return [
        PageBreak(),
        Paragraph("How each figure is counted", sheet["Title"]),
        Table(data, colWidths=[45 * mm, 75 * mm, 60 * mm], repeatRows=1, style=TABLE_STYLE[:-1]),
        Spacer(1, 6 * mm),
        Paragraph(FUNDING_STATEMENT, sheet["Body"]),
        Spacer(1, 2 * mm),
        Paragraph(DISCLAIMER, sheet["Small"]),
    ]


def render_report_pdf(pack: ReportPack) -> bytes:
    sheet = styles()
    flowables: list[Flowable] = [*_cover(pack), *_summary(pack)]
    tables = report_tables(pack)
    for area in AREAS:
        flowables += [PageBreak(), Paragraph(area, sheet["Title"])]
        for table in (t for t in tables if t.area == area):
            flowables += _section(table)
    flowables += _definitions()
    as_of = pack.window.as_of
    return render_pdf(
        flowables,
        PageSetup(title=f"{PROJECT_NAME} periodic report, {pack.window.label}"),
        datetime.combine(as_of, time(0), tzinfo=UTC),
        stamp=f"{PROJECT_NAME} periodic report · {pack.window.label}",
    )


def write_report_pdf(pack: ReportPack, path: Path) -> Path:
    return write_pdf(Path(path), render_report_pdf(pack))
