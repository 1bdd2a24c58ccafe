"""One figure of the dashboard: its chart (QtCharts), and its table one click away,
copyable as tab-separated text for a spreadsheet or an e-mail; all in the window's
language (ui/reports/table_text.py)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
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

from blues_desktop.services.reports.tables import Chart, ReportTable
from blues_desktop.ui.messages import say
from blues_desktop.ui.reports.report_chart import Drawn, ReportChartView, label_font
from blues_desktop.ui.reports.table_text import cell_text, copied_text, headers_text
from blues_desktop.ui.rows_model import DISPLAY, ROOT, Index, RowsModel

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


def legend_html(drawn: Drawn) -> str:
    # lines break between two entries, never inside one (a name is a few words)
    return " &nbsp; ".join(
        f'<span style="color:{colour.name()}">&#9632;</span>&nbsp;'
        + html.escape(name).replace(" ", "&nbsp;")
        for colour, name in drawn.legend
    )


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
        self.chart_view: ReportChartView | None = None
        self.legend: QLabel | None = None
        if table.chart is not Chart.NONE and table.rows:
            self.chart_view = ReportChartView(table)
            self.stack.addWidget(self._with_legend(self.chart_view))
        elif table.chart is not Chart.NONE:
            empty = QLabel(self.tr("Nothing to count in this period."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(empty)
        self.stack.addWidget(self.view)
        self.setFixedHeight(CARD_HEIGHT)
        layout.addWidget(self.stack)

    def _with_legend(self, view: ReportChartView) -> QWidget:
        """The chart, and under it the names of its bars' colours when there are several,
        wrapped over as many lines as the language needs (QtCharts' own legend cuts them
        to a share of one line)."""
        if not view.drawn.legend:
            return view
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(view, 1)
        self.legend = QLabel(legend_html(view.drawn))
        self.legend.setFont(label_font())
        self.legend.setWordWrap(True)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.legend)
        return page

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
