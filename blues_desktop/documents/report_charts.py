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

from blues_desktop.documents.fonts import FONT, register_fonts
from blues_desktop.services.reports.tables import Chart, ReportTable, chart_label

SERIES_COLOURS = (colors.HexColor("#1f4e9a"), colors.HexColor("#9bb3d9"), colors.HexColor("#555555"))
EU_BLUE = colors.HexColor("#003399")
EU_YELLOW = colors.HexColor("#FFCC00")
# a chart shows the first rows (the largest, for ranked tables); the table shows all
MAX_BARS = 15


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
    chart.categoryAxis.categoryNames = [chart_label(row[0]) for row in shown]
    for labels in (chart.categoryAxis.labels, chart.valueAxis.labels):
        labels.fontName, labels.fontSize = FONT, 6.5
    # labels the chart does not draw still name their font in the file: the embedded one
    values = chart.barLabels if isinstance(chart, VerticalBarChart) else chart.lineLabels
    values.fontName = FONT
    many = len(shown) > 6
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
