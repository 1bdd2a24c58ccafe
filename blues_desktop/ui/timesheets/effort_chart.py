"""The year's effort per work package as bars: declared person-months next to the plan,
which says at a glance where an office is behind."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from blues_desktop.services.timesheets import WorkPackageEffort


class EffortChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFixedHeight(240)
        self.setToolTip(
            self.tr("Declared: hours of approved (locked) months; recorded: every stored hour; "
            "planned: set by the coordinator")
        )
        self.show_effort([])

    def show_effort(self, packages: list[WorkPackageEffort]) -> None:
        declared = QBarSet(self.tr("Declared"))
        recorded = QBarSet(self.tr("Recorded"))
        planned = QBarSet(self.tr("Planned"))
        for wp in packages:
            declared.append(float(wp.declared_person_months))
            recorded.append(float(wp.person_months))
            planned.append(float(wp.planned_person_months or 0))
        series = QBarSeries()
        for bars in (declared, recorded, planned):
            series.append(bars)
        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(self.tr("Person-months per work package"))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        categories = QBarCategoryAxis()
        categories.append([wp.work_package for wp in packages])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        values = QValueAxis()
        highest = max(
            [float(max(w.declared_person_months, w.person_months, w.planned_person_months or 0))
             for w in packages] or [1.0]
        )  # fmt: skip
        values.setRange(0, max(1.0, highest * 1.1))
        values.setLabelFormat("%.1f")
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        self.setChart(chart)
