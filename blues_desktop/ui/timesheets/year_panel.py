"""The Year tab of the Timesheets page: the office's effort per work package against the
plan, per staff member, the workbook export and (for the coordinator) the plan."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.documents.timesheets_workbook import export_year
from blues_desktop.services import timesheets as ts
from blues_desktop.services.context import AppContext
from blues_desktop.ui.feedback import tell_written
from blues_desktop.ui.operations import run_in_background
from blues_desktop.ui.timesheets.dialogs import PlannedEffortDialog
from blues_desktop.ui.timesheets.effort_chart import EffortChart
from blues_desktop.ui.timesheets.models import YearPackagesModel, YearStaffModel
from blues_desktop.ui.widgets import button, hrow, table_view


class YearPanel(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        year: int,
        change: Callable[..., None],
        parent: QWidget | None = None,
    ) -> None:
        """`change(use_case, done, label)` runs a use case that changes data (the page's)."""
        super().__init__(parent)
        self.ctx = ctx
        self.change = change
        self.year_staff = YearStaffModel()
        self.year_packages = YearPackagesModel()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.valueChanged.connect(lambda _v: self.show_year())
        self.year_packages_view = table_view(self.year_packages)
        self.year_packages_view.setFixedHeight(190)
        self.year_packages_view.setColumnWidth(0, 230)
        self.year_staff_view = table_view(self.year_staff)
        self.year_staff_view.setColumnWidth(0, 180)
        self.plan_button = button(self.tr("Planned effort…"), self.edit_plan)
        self.plan_button.setVisible(ctx.office.is_coordinator)
        note = QLabel(
            self.tr("Person-months = hours / (annual productive hours / 12). Declared effort counts "
            "approved (locked) months only; the plan is set by the coordinator.")
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(
            hrow(
                QLabel(self.tr("Year")),
                self.year,
                button(self.tr("Export to Excel…"), self.export_year),
                self.plan_button,
            )
        )
        layout.addWidget(QLabel(self.tr("<b>The office per work package</b>")))
        self.effort_chart = EffortChart()
        packages = QWidget()
        side = QHBoxLayout(packages)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.year_packages_view, 3, Qt.AlignmentFlag.AlignTop)
        side.addWidget(self.effort_chart, 2)
        layout.addWidget(packages)
        layout.addWidget(QLabel(self.tr("<b>Per staff member (hours / person-months)</b>")))
        layout.addWidget(self.year_staff_view, 1)
        layout.addWidget(note)

    def show_year(self) -> None:
        """Read the year's effort behind the window; shown when it arrives."""
        ctx, year = self.ctx, self.year.value()

        def arrived(effort: ts.YearEffort) -> None:
            self.year_packages.set_rows(list(effort.work_packages))
            self.effort_chart.show_effort(list(effort.work_packages))
            self.year_staff.set_rows(list(effort.staff))

        run_in_background(self, lambda _p, _c: ts.year_effort(ctx, year), on_success=arrived)

    def export_year(self) -> None:
        year = self.year.value()
        name, _f = QFileDialog.getSaveFileName(
            self,
            self.tr("Export timesheets"),
            f"timesheets-{self.ctx.office_code}-{year}.xlsx",
            self.tr("Excel (*.xlsx)"),
        )
        if not name:
            return

        def done(result: Any) -> None:
            text = " ".join(
                (
                    self.tr("Wrote %n rows to {path}.", "", result.rows).format(path=result.path),
                    self.tr("They cover %n staff members.", "", result.staff),
                )
            )
            tell_written(self, text, Path(result.path))

        ctx = self.ctx
        run_in_background(
            self,
            lambda _p, _c: export_year(ctx, Path(name), year),
            on_success=done,
            progress_label=self.tr("Writing the workbook…"),
        )

    def edit_plan(self) -> None:
        """The plan is read behind the window, then shown for editing."""
        ctx = self.ctx
        run_in_background(self, lambda _p, _c: ts.planned_effort(ctx), on_success=self._plan_read)

    def _plan_read(self, planned: Any) -> None:
        dialog = PlannedEffortDialog(self, planned)
        if dialog.exec() and dialog.plan is not None:
            plan = dialog.plan
            self.change(lambda ctx: ts.set_planned_effort(ctx, plan))
