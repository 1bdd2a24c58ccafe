"""One figure of the dashboard: its chart (QtCharts), and its table one click away,
copyable as tab-separated text for a spreadsheet or an e-mail; all in the window's
language (ui/reports/table_text.py)."""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.services.reports.tables import Chart, ReportTable, chart_label
from blues_desktop.ui.messages import say
from blues_desktop.ui.reports.table_text import cell_text, copied_text, headers_text, words
from blues_desktop.ui.rows_model import DISPLAY, ROOT, Index, RowsModel

MAX_BARS = 10  # the first rows (the largest, for ranked tables); the table has them all
CARD_HEIGHT = 270


class ReportTableModel(RowsModel):
    def __init__(self, table: ReportTable) -> None:
        super().__init__()
        self.headers = headers_text(table)  # already in the window's language
        self.money = table.money
        self.set_rows(list(table.rows))

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        value = self.row_at(index.row())[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != DISPLAY:
            return None
        return cell_text(value, self.money)


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


def build_chart(table: ReportTable) -> QChart:
    """A bar, grouped-bar or line chart of `table` (the first rows, for long ranked tables).

    Single-series tables with many rows lie on their side, so the labels stay readable."""
    rows = table.rows if table.chart is Chart.LINE else table.rows[:MAX_BARS]
    chart = QChart()
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.setBackgroundRoundness(0)
    small = QFont()
    small.setPointSizeF(7.5)
    categories = QBarCategoryAxis()
    categories.append([chart_label(words(row[0])) for row in rows])
    categories.setLabelsFont(small)
    # Qt elides a category label to "…" when it guesses too little room; ours are short
    categories.setTruncateLabels(False)
    values = QValueAxis()
    numbers = [_number(v) for row in rows for v in row[1:]]
    if all(n == int(n) for n in numbers):
        # counts: ticks on whole numbers only ("0 1 1 2" reads as a mistake)
        step = whole_step(max(numbers or [0.0]))
        values.setRange(0, step * max(1, math.ceil(max(numbers or [0.0]) / step)))
        values.setTickType(QValueAxis.TickType.TicksDynamic)
        values.setTickAnchor(0)
        values.setTickInterval(step)
        values.setLabelFormat("%.0f")
    else:
        values.setRange(0, max(1.0, max(numbers) * 1.05))
        values.applyNiceNumbers()
        values.setLabelFormat("%.1f")
    values.setLabelsFont(small)
    lying = table.chart is Chart.BAR and len(rows) > 4
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if lying else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if lying else Qt.AlignmentFlag.AlignLeft)
    if not lying and len(rows) > 2 and max(len(words(row[0])) for row in rows) > 10:
        categories.setLabelsAngle(-30)
    if table.chart is Chart.LINE:
        categories.setLabelsAngle(-90)
        line = QLineSeries()
        line.setName(say(table.headers[1]))
        for x, row in enumerate(rows):
            line.append(x, _number(row[1]))
        chart.addSeries(line)
        # a line over a category axis: x runs from 0 to n-1, one category per point
        position = QValueAxis()
        position.setRange(0, max(len(rows) - 1, 1))
        position.setVisible(False)
        chart.addAxis(position, Qt.AlignmentFlag.AlignBottom)
        line.attachAxis(position)
        line.attachAxis(values)
    else:
        series: QAbstractBarSeries = QHorizontalBarSeries() if lying else QBarSeries()
        ordered = list(reversed(rows)) if lying else list(rows)  # the largest on top
        if lying:
            categories.clear()
            categories.append([chart_label(words(row[0])) for row in ordered])
        for column in range(1, len(table.headers)):
            bars = QBarSet(say(table.headers[column]))
            bars.append([_number(row[column]) for row in ordered])
            series.append(bars)
        chart.addSeries(series)
        series.attachAxis(categories)
        series.attachAxis(values)
    legend = chart.legend()
    legend.setVisible(len(table.headers) > 2)
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    legend.setFont(small)
    return chart


class ChartCard(QFrame):
    """The chart of one table, with "Show table" and "Copy" buttons."""

    def __init__(self, table: ReportTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        top = QHBoxLayout()
        self.title = QLabel(say(table.title))
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.toggle = QPushButton(self.tr("Show table") if table.chart is not Chart.NONE else "")
        self.toggle.setVisible(table.chart is not Chart.NONE)
        self.toggle.clicked.connect(self.flip)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the table, to paste into a spreadsheet or a message"))
        self.copy_button.clicked.connect(self.copy)
        top.addWidget(self.toggle)
        top.addWidget(self.copy_button)
        layout.addLayout(top)
        self.stack = QStackedWidget()
        self.view = QTableView()
        self.view.setModel(ReportTableModel(table))
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.chart_view: QChartView | None = None
        if table.chart is not Chart.NONE and table.rows:
            self.chart_view = QChartView(build_chart(table))
            self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.stack.addWidget(self.chart_view)
        elif table.chart is not Chart.NONE:
            empty = QLabel(self.tr("Nothing to count in this period."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(empty)
        self.stack.addWidget(self.view)
        self.setFixedHeight(CARD_HEIGHT)
        layout.addWidget(self.stack)

    @property
    def showing_table(self) -> bool:
        return self.stack.currentWidget() is self.view

    def flip(self) -> None:
        self.stack.setCurrentIndex(0 if self.showing_table else self.stack.indexOf(self.view))
        self.toggle.setText(self.tr("Show chart") if self.showing_table else self.tr("Show table"))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(copied_text(self.table))

    def rows_shown(self) -> int:
        return self.view.model().rowCount(ROOT)
