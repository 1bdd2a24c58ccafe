"""The report's charts as vector drawings (reportlab.graphics), every label in the
embedded font, grey and blue that print in black and white too."""

from __future__ import annotations

from decimal import Decimal
from math import cos, pi, sin

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from blues_desktop.documents.fonts import FONT, register_fonts
from blues_desktop.services.reports.tables import Chart, ReportTable, chart_label

SERIES_COLOURS = (colors.HexColor("#1f4e9a"), colors.HexColor("#9bb3d9"), colors.HexColor("#555555"))
EU_BLUE = colors.HexColor("#003399")
EU_YELLOW = colors.HexColor("#FFCC00")
# a chart shows the first rows (the largest, for ranked tables); the table shows all
MAX_BARS = 15
LABEL_SIZE = 6.5
LABEL_LINES = 2


def fitted_label(text: str, width: float) -> str:
    """A category label wrapped onto at most LABEL_LINES lines of `width` points, the
    last line cut with "…" when the words do not fit: labels side by side never run
    into each other (a long organisation type under its bar had overlapped the next)."""
    lines = simpleSplit(text, FONT, LABEL_SIZE, width) or [""]
    if len(lines) <= LABEL_LINES and all(_width(line) <= width for line in lines):
        return "\n".join(lines)
    kept = lines[:LABEL_LINES]
    last = " ".join(lines[LABEL_LINES - 1 :])
    while last and _width(last + "…") > width:
        last = last[:-1].rstrip()
    kept[-1] = last + "…"
    return "\n".join(kept)


def _width(text: str) -> float:
    return stringWidth(text, FONT, LABEL_SIZE)


def _drawing(width: float, height: float) -> Drawing:
    """A drawing that starts in the embedded font: reportlab starts each drawing in
    Helvetica otherwise, and names that font in the file without embedding it."""
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT
    return drawing


def _number(value: object) -> float:
    if isinstance(value, Decimal | int | float) and not isinstance(value, bool):
        return float(value)
    return 0.0


def chart_drawing(table: ReportTable, width: float = 170 * mm, height: float = 62 * mm) -> Drawing:
    """The chart of `table` (bars, grouped bars or a line), labelled in the embedded font."""
    register_fonts()
    drawing = _drawing(width, height)
    series = len(table.headers) - 1
    shown = table.rows if table.chart is Chart.LINE else table.rows[:MAX_BARS]
    data = [tuple(_number(row[i]) for row in shown) for i in range(1, series + 1)]
    chart = HorizontalLineChart() if table.chart is Chart.LINE else VerticalBarChart()
    chart.x, chart.y = 12 * mm, 16 * mm
    chart.width = width - (60 * mm if series > 1 else 18 * mm)
    chart.height = height - 22 * mm
    chart.data = data
    many = len(shown) > 6
    if many:  # turned labels: short ones, as the dashboard shows them
        chart.categoryAxis.categoryNames = [chart_label(row[0]) for row in shown]
    else:  # level labels: the whole name, wrapped to the width of its bar's slot
        slot = chart.width / max(len(shown), 1) - 4
        names = [chart_label(row[0]) if _coded(row[0]) else str(row[0]) for row in shown]
        chart.categoryAxis.categoryNames = [fitted_label(name, slot) for name in names]
        chart.categoryAxis.labels.textAnchor = "middle"
    for labels in (chart.categoryAxis.labels, chart.valueAxis.labels):
        labels.fontName, labels.fontSize = FONT, LABEL_SIZE
    # labels the chart does not draw still name their font in the file: the embedded one
    values = chart.barLabels if isinstance(chart, VerticalBarChart) else chart.lineLabels
    values.fontName = FONT
    chart.categoryAxis.labels.angle = 30 if many else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if many else "n"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = 1
    for index in range(series):
        colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        if isinstance(chart, VerticalBarChart):
            chart.bars[index].fillColor = colour
            chart.bars[index].strokeColor = None
        else:
            chart.lines[index].strokeColor = colour
            chart.lines[index].strokeWidth = 1.5
    drawing.add(chart)
    if series > 1:
        legend = Legend()
        legend.fontName, legend.fontSize = FONT, 7
        legend.x, legend.y = width - 46 * mm, height - 8 * mm
        legend.alignment = "right"
        legend.colorNamePairs = [
            (SERIES_COLOURS[i % len(SERIES_COLOURS)], table.headers[i + 1]) for i in range(series)
        ]
        drawing.add(legend)
    return drawing


def _coded(text: object) -> bool:
    """A work package or an office, which a chart names by its code alone."""
    return chart_label(text) != str(text) and not chart_label(text).endswith("…")


def eu_emblem(width: float = 36 * mm) -> Drawing:
    """The European flag drawn as vectors: twelve gold stars in a circle on blue."""
    height = width * 2 / 3
    drawing = _drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=EU_BLUE, strokeColor=None))
    centre_x, centre_y, radius = width / 2, height / 2, height / 3
    star = height / 18
    for index in range(12):
        angle = 2 * pi * index / 12
        x, y = centre_x + radius * cos(angle), centre_y + radius * sin(angle)
        points: list[float] = []
        for point in range(10):
            r = star if point % 2 == 0 else star * 0.4
            a = pi / 2 + point * pi / 5
            points += [x + r * cos(a), y + r * sin(a)]
        drawing.add(Polygon(points, fillColor=EU_YELLOW, strokeColor=None))
    return drawing


def caption(text: str, width: float) -> Drawing:
    drawing = _drawing(width, 10)
    drawing.add(String(0, 2, text, fontName=FONT, fontSize=8))
    return drawing
