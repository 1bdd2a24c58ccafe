"""The chart of one report table (QtCharts): columns, bars lying on their side when the
categories are many or their names long, or a line over time; its category labels fitted
to the room QtCharts gives them at the chart's size (ui/reports/chart_labels.py), and a
tooltip with the whole name and the figures of the category under the mouse."""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import QToolTip, QWidget

from blues_desktop.services.reports.tables import Cell, Chart, ReportTable, code_of
from blues_desktop.ui.i18n import current_language, locale_for
from blues_desktop.ui.messages import say
from blues_desktop.ui.reports.chart_labels import (
    FRAME,
    GAP,
    band_room,
    fit_level,
    fitted,
    label_step,
    side_room,
    under_room,
    width_of,
)
from blues_desktop.ui.reports.table_text import cell_text, words

MAX_BARS = 10  # the first rows (the largest, for ranked tables); the table has them all
MAX_STANDING = 4  # a single series of more rows lies on its side
# A chart's width in its card on a 1366 px laptop screen, less a little: names that read
# whole under their columns there stand; others lie on their side, names on the left.
REFERENCE_WIDTH = 340


class Shape(Enum):
    STANDING = "standing"  # columns, names under them
    LYING = "lying"  # bars, names on the left, the first row on top
    LINE = "line"  # a line, names under it (turned upright when they are long or many)


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | Decimal) else 0.0


def whole_step(top: float) -> int:
    """The step between the ticks of a count axis running to `top`: 1, 2 or 5 times a
    power of ten, with at most five steps, so every label is a whole number."""
    scale = 1
    while True:
        for factor in (1, 2, 5):
            if top <= 5 * factor * scale:
                return factor * scale
        scale *= 10


def label_font() -> QFont:
    small = QFont()
    small.setPointSizeF(7.5)
    return small


def category_name(cell: Cell) -> str:
    """A category as its chart names it: a work package or an office by its code alone
    (the table has the whole), anything else whole in the window's language."""
    text = words(cell)
    return code_of(text) or text


def _value_axis(numbers: list[float], line: bool) -> QValueAxis:
    values = QValueAxis()
    # a line gets room above its highest point: one along the plot's edge is not seen
    peak = max(numbers or [0.0]) * (1.1 if line else 1.0)
    if all(n == int(n) for n in numbers):
        # counts: ticks on whole numbers only ("0 1 1 2" reads as a mistake)
        step = whole_step(peak)
        values.setRange(0, step * max(1, math.ceil(peak / step)))
        values.setTickType(QValueAxis.TickType.TicksDynamic)
        values.setTickAnchor(0)
        values.setTickInterval(step)
        values.setLabelFormat("%.0f")
    else:
        values.setRange(0, max(1.0, peak * 1.05))
        values.applyNiceNumbers()
        values.setLabelFormat("%.1f")
    values.setLabelsFont(label_font())
    return values


@dataclass
class Drawn:
    """A chart and what its view needs to fit its labels and explain its categories."""

    chart: QChart
    shape: Shape
    categories: QBarCategoryAxis
    names: list[str]  # each category's whole name, in the axis's order
    rows: list[tuple[Cell, ...]]  # the table's rows, in the axis's order
    series: QAbstractSeries
    legend: list[tuple[QColor, str]]  # each number column's colour and name, when several
    turned: bool = False  # the names under a line read upwards


def _level(names: list[str], top_label: str) -> bool:
    """The names read whole and level under their columns in a chart of the reference
    width (the value axis on the left takes its widest label's width)."""
    plot = REFERENCE_WIDTH - 2 * FRAME - width_of(top_label, label_font()) - GAP
    return fit_level(names, label_font(), plot)


def _shape(table: ReportTable, names: list[str], top_label: str) -> Shape:
    if table.chart is Chart.LINE:
        return Shape.LINE
    if table.chart is Chart.BAR and len(names) > MAX_STANDING:
        return Shape.LYING
    return Shape.STANDING if _level(names, top_label) else Shape.LYING


def draw(table: ReportTable) -> Drawn:
    """A bar, grouped-bar or line chart of `table` (the first rows, for long ranked tables)."""
    rows = list(table.rows if table.chart is Chart.LINE else table.rows[:MAX_BARS])
    chart = QChart()
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.setBackgroundRoundness(0)
    # the value axis writes its numbers as the window's language does ("1 500", "60,0")
    chart.setLocalizeNumbers(True)
    chart.setLocale(locale_for(current_language()))
    numbers = [_number(v) for row in rows for v in row[1:]]
    values = _value_axis(numbers, table.chart is Chart.LINE)
    top_label = chart.locale().toString(values.max(), "f", 0 if "0f" in values.labelFormat() else 1)
    shape = _shape(table, [category_name(row[0]) for row in rows], top_label)
    if shape is Shape.LYING:
        rows.reverse()  # the first row on top
    names = [category_name(row[0]) for row in rows]
    categories = QBarCategoryAxis()
    categories.setLabelsFont(label_font())
    # the names are fitted to the room (chart_labels); Qt's own cut leaves only "…"
    categories.setTruncateLabels(False)
    categories.append(fitted(names, label_font(), 10_000.0))
    lying = shape is Shape.LYING
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if lying else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if lying else Qt.AlignmentFlag.AlignLeft)
    legend: list[tuple[QColor, str]] = []
    series: QAbstractSeries
    turned = shape is Shape.LINE and not _level(names, top_label)
    if turned:
        categories.setLabelsAngle(-90)
    if shape is Shape.LINE:
        line = QLineSeries()
        line.setName(say(table.headers[1]))
        line.setPointsVisible(True)  # a single month is a point, not a line
        for x, row in enumerate(rows):
            line.append(x, _number(row[1]))
        chart.addSeries(line)
        # a line over a category axis: point x in the middle of category x's band
        position = QValueAxis()
        position.setRange(-0.5, len(rows) - 0.5)
        position.setVisible(False)
        chart.addAxis(position, Qt.AlignmentFlag.AlignBottom)
        line.attachAxis(position)
        line.attachAxis(values)
        series = line
    else:
        bars: QAbstractBarSeries = QHorizontalBarSeries() if lying else QBarSeries()
        for column in range(1, len(table.headers)):
            figures = QBarSet(say(table.headers[column]))
            figures.append([_number(row[column]) for row in rows])
            bars.append(figures)
        chart.addSeries(bars)
        bars.attachAxis(categories)
        bars.attachAxis(values)
        if len(table.headers) > 2:
            legend = [(s.color(), s.label()) for s in bars.barSets()]
        series = bars
    # the legend is the card's (it wraps its names; QtCharts' cuts them)
    chart.legend().setVisible(False)
    return Drawn(chart, shape, categories, names, rows, series, legend, turned)


def build_chart(table: ReportTable) -> QChart:
    return draw(table).chart


class ReportChartView(QChartView):
    """A report table's chart whose category names always fit: fitted again to each
    size the view gets, whole in the tooltip of the category under the mouse."""

    def __init__(self, table: ReportTable, parent: QWidget | None = None) -> None:
        drawn = draw(table)
        super().__init__(drawn.chart, parent)
        self.drawn = drawn
        self.table = table
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        # the plot's size settles after the view's (QtCharts lays the chart out later)
        self.drawn.chart.plotAreaChanged.connect(lambda _area: self.fit_labels())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_labels()

    def label_room(self) -> float:
        """How wide (turned upright: how long) each category name may be at this size."""
        drawn, size = self.drawn, self.drawn.chart.size()
        if drawn.shape is Shape.LYING:
            return side_room(size.width())
        if drawn.turned:
            return under_room(size.height())
        plot = drawn.chart.plotArea().width() or size.width() - 2 * FRAME
        return band_room(plot, len(drawn.names))

    def every(self) -> int:
        """Every how many categories a name is drawn: a row or a point of a chart too
        short or narrow for all their names gets none (it is in the tooltip)."""
        drawn = self.drawn
        plot, count = drawn.chart.plotArea(), len(drawn.names)
        if drawn.shape is Shape.LYING:
            return label_step(plot.height() / count, drawn.categories.labelsFont())
        if drawn.turned:
            return label_step(plot.width() / count, drawn.categories.labelsFont())
        return 1

    def fit_labels(self) -> None:
        axis, names = self.drawn.categories, self.drawn.names
        step = self.every()
        # lying bars: counted from the top row (the last on the axis)
        first = (len(names) - 1) % step if self.drawn.shape is Shape.LYING else 0
        drawn = [name if n % step == first else None for n, name in enumerate(names)]
        # a month or a quarter keeps its year: shortened in its middle ("2. čtvr…tí 2020")
        line = self.drawn.shape is Shape.LINE
        cut = Qt.TextElideMode.ElideMiddle if line else Qt.TextElideMode.ElideRight
        shown = fitted(drawn, axis.labelsFont(), self.label_room(), cut)
        if shown != axis.categories():
            axis.setCategories(shown)

    def category_at(self, point: QPointF) -> int | None:
        """The category whose band (bars and name) is under `point` (the view's pixels)."""
        drawn = self.drawn
        value = drawn.chart.mapToValue(self.mapToScene(point.toPoint()), drawn.series)
        place = value.y() if drawn.shape is Shape.LYING else value.x()
        index = round(place)
        return index if 0 <= index < len(drawn.rows) and abs(place - index) <= 0.5 else None

    def tip_at(self, point: QPointF) -> str:
        """The whole name of the category under `point` and its figures; empty elsewhere."""
        index = self.category_at(point)
        if index is None:
            return ""
        row = self.drawn.rows[index]
        lines = [f"<b>{html.escape(words(row[0]))}</b>"]
        for header, cell in zip(self.table.headers[1:], row[1:], strict=True):
            figure = cell_text(cell, self.table.money)
            lines.append(f"{html.escape(say(header))}: {html.escape(figure)}")
        return "<br>".join(lines)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tip_at(QPointF(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)
