"""The Timesheets page: the office's staff, one person's month as a grid with the
auditors' checks at the cells, sign-off (submit, approve, reopen), the PDF to sign,
and the year's effort per work package against the plan."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.documents.timesheet_pdf import render_timesheet
from blues_desktop.documents.timesheets_workbook import export_year
from blues_desktop.domain.changes import Kind
from blues_desktop.domain.timesheets import (
    APPROVED,
    STATUS_LABELS,
    SUBMITTED,
    WORK_ROWS,
    Month,
    MonthHours,
    cell_of_field,
    copy_previous_week,
    fill_typical_week,
    person_months,
    week_of,
)
from blues_desktop.domain.validation import Severity
from blues_desktop.services import timesheets as ts
from blues_desktop.services.context import AppContext
from blues_desktop.ui.colours import ERROR_STYLE
from blues_desktop.ui.history_dialog import HistoryDialog, open_history
from blues_desktop.ui.operations import run_in_background
from blues_desktop.ui.pages.base import Page
from blues_desktop.ui.pdf_preview import PdfPreviewDialog
from blues_desktop.ui.timesheets.dialogs import (
    ApproveManyDialog,
    PlannedEffortDialog,
    StaffDialog,
    TypicalWeekDialog,
)
from blues_desktop.ui.timesheets.effort_chart import EffortChart
from blues_desktop.ui.timesheets.grid_model import ROW_ORDER, MonthGridModel
from blues_desktop.ui.timesheets.grid_view import MonthGridView
from blues_desktop.ui.timesheets.models import StaffListModel, YearPackagesModel, YearStaffModel
from blues_desktop.ui.widgets import button, hrow, side_by_side, table_view

KEY_HINT = (
    "Type hours in quarter hours (7.5, 7,25 or 1:45). Enter: next day · Delete: clear · "
    "+ / −: a quarter hour more or less · Ctrl+C / Ctrl+V: copy and paste cells."
)


class TimesheetsPage(Page):
    title = "Timesheets"
    kinds = frozenset({Kind.TIMESHEETS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        today = ctx.now().date()
        self.month = Month.of(today)
        self.staff_rows: list[ts.StaffRow] = []
        self.sheet: ts.MonthSheet | None = None
        self._loading_for: tuple[str, Month] | None = None
        self.staff_model = StaffListModel()
        self.grid = MonthGridModel(self)
        self.grid.problem.connect(self._show_problem)
        self.grid.edited.connect(self._after_edit)
        self.year_staff = YearStaffModel()
        self.year_packages = YearPackagesModel()
        splitter = side_by_side(self._build_staff(), self._build_main(), (260, 1140))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.refresh()

    # building ---------------------------------------------------------------------
    def _build_staff(self) -> QWidget:
        box = QWidget()
        self.staff_view = table_view(self.staff_model)
        self.staff_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staff_view.selectionModel().currentRowChanged.connect(lambda *_: self._open_month())
        for column, width in enumerate((140, 48)):
            self.staff_view.setColumnWidth(column, width)
        self.edit_staff_button = button("Edit…", self.edit_staff)
        self.erase_staff_button = button("Erase personal data…", self.erase_staff)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>Staff</b>"))
        layout.addWidget(self.staff_view)
        layout.addLayout(hrow(button("New staff member…", self.new_staff), self.edit_staff_button))
        layout.addLayout(hrow(self.erase_staff_button))
        return box

    def _build_main(self) -> QWidget:
        box = QWidget()
        self.previous_button = button("◀", lambda: self._go(self.month.previous()))
        self.next_button = button("▶", lambda: self._go(self.month.next()))
        for arrow in (self.previous_button, self.next_button):
            arrow.setFixedWidth(34)
        self.month_edit = QDateEdit()
        self.month_edit.setDisplayFormat("MMMM yyyy")
        self.month_edit.setCalendarPopup(True)
        self.month_edit.setDate(QDate(self.month.year, self.month.month, 1))
        self.month_edit.dateChanged.connect(lambda d: self._go(Month(d.year(), d.month())))
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.note_for_reader = QLabel()
        self.note_for_reader.setObjectName("readOnlyNote")
        self.note_for_reader.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_month(), "Month")
        self.tabs.addTab(self._build_year(), "Year and work packages")
        self.tabs.currentChanged.connect(lambda i: self._show_year() if i == 1 else None)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(
            hrow(self.previous_button, self.month_edit, self.next_button, self.heading)
        )
        layout.addWidget(self.note_for_reader)
        layout.addWidget(self.tabs)
        return box

    def _build_month(self) -> QWidget:
        box = QWidget()
        hint = QLabel(KEY_HINT)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.grid_view = MonthGridView()
        self.grid_view.setModel(self.grid)
        self.totals = QLabel()
        self.checks = QListWidget()
        self.checks.itemActivated.connect(self._go_to_check)
        self.checks.itemClicked.connect(self._go_to_check)
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            "Note for the month (required when the hours exceed the contract)"
        )
        self.note.textEdited.connect(self.grid.set_note)
        self.save_button = button("Save", self.save)
        self.revert_button = button("Undo changes", self._reload)
        self.copy_week_button = button("Copy previous week", self.copy_previous_week)
        self.fill_button = button("Fill from typical week…", self.fill_typical_week)
        self.submit_button = button("Submit", self.submit)
        self.approve_button = button("Approve", self.approve)
        self.approve_many_button = button("Approve for many…", self.approve_many)
        self.reopen_button = button("Reopen…", self.reopen)
        self.print_button = button("Print PDF…", self.preview_pdf)
        self.history_button = button("History…", self.open_history)
        self.history_button.setToolTip("Who changed, submitted and approved this month, and when")
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addWidget(self.grid_view)
        layout.addWidget(self.problem)
        layout.addWidget(self.totals)
        layout.addWidget(self.checks, 1)
        layout.addWidget(self.note)
        layout.addLayout(
            hrow(self.save_button, self.revert_button, self.copy_week_button, self.fill_button)
        )
        layout.addLayout(
            hrow(
                self.submit_button,
                self.approve_button,
                self.approve_many_button,
                self.reopen_button,
                self.print_button,
                self.history_button,
            )
        )
        return box

    def _build_year(self) -> QWidget:
        box = QWidget()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(self.month.year)
        self.year.valueChanged.connect(lambda _v: self._show_year())
        self.year_packages_view = table_view(self.year_packages)
        self.year_packages_view.setFixedHeight(190)
        self.year_packages_view.setColumnWidth(0, 230)
        self.year_staff_view = table_view(self.year_staff)
        self.year_staff_view.setColumnWidth(0, 180)
        self.plan_button = button("Planned effort…", self.edit_plan)
        self.plan_button.setVisible(self.ctx.office.is_coordinator)
        note = QLabel(
            "Person-months = hours / (annual productive hours / 12). Declared effort counts "
            "approved (locked) months only; the plan is set by the coordinator."
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addLayout(
            hrow(
                QLabel("Year"),
                self.year,
                button("Export to Excel…", self.export_year),
                self.plan_button,
            )
        )
        layout.addWidget(QLabel("<b>The office per work package</b>"))
        self.effort_chart = EffortChart()
        packages = QWidget()
        side = QHBoxLayout(packages)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.year_packages_view, 3, Qt.AlignmentFlag.AlignTop)
        side.addWidget(self.effort_chart, 2)
        layout.addWidget(packages)
        layout.addWidget(QLabel("<b>Per staff member (hours / person-months)</b>"))
        layout.addWidget(self.year_staff_view, 1)
        layout.addWidget(note)
        return box

    # reading ------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self._current_staff_id()
        self.staff_rows = ts.list_staff(self.ctx)
        self.staff_model.set_rows(self.staff_rows)
        self.staff_model.set_statuses(ts.month_statuses(self.ctx, self.month))
        ids = [r.id for r in self.staff_rows]
        if current in ids:
            self.staff_view.selectRow(ids.index(current))
        elif ids:
            self.staff_view.selectRow(0)
        self._open_month(force=True)
        if self.tabs.currentIndex() == 1:
            self._show_year()

    def _current_staff_id(self) -> str | None:
        index = self.staff_view.currentIndex()
        if not index.isValid() or index.row() >= len(self.staff_rows):
            return None
        return self.staff_rows[index.row()].id

    def _go(self, month: Month) -> None:
        if month == self.month or not self._may_leave():
            self._sync_month_edit()
            return
        self.month = month
        self._sync_month_edit()
        self.staff_model.set_statuses(ts.month_statuses(self.ctx, month))
        self._open_month(force=True)

    def _sync_month_edit(self) -> None:
        self.month_edit.blockSignals(True)
        self.month_edit.setDate(QDate(self.month.year, self.month.month, 1))
        self.month_edit.blockSignals(False)

    def _may_leave(self) -> bool:
        """Ask before unsaved hours are dropped; True to go on."""
        if not self.grid.dirty:
            return True
        answer = QMessageBox.question(
            self,
            "Unsaved hours",
            "The hours of this month are not saved. Save them now?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save()
            return True
        return answer == QMessageBox.StandardButton.Discard

    def _open_month(self, force: bool = False) -> None:
        staff_id = self._current_staff_id()
        if staff_id is None:
            self._show(None)
            return
        if not force and self.sheet is not None and self.sheet.staff.id == staff_id:
            return
        if not force and not self._may_leave():
            return
        self.load_month(staff_id, self.month)

    def load_month(self, staff_id: str, month: Month) -> None:
        """Read the month on the database thread and show it when it arrives."""
        self._loading_for = (staff_id, month)

        def arrived(sheet: ts.MonthSheet) -> None:
            if self._loading_for == (sheet.staff.id, sheet.month):
                self._show(sheet)

        run_in_background(
            self, lambda _p, _c: ts.load_month(self.ctx, staff_id, month), on_success=arrived
        )

    def open_history(self) -> HistoryDialog | None:
        if self.sheet is None:
            return None
        return open_history(
            self, self.ctx, "timesheet_months", "", month=(self.sheet.staff.id, self.sheet.month)
        )

    def _reload(self) -> None:
        if self.sheet is not None:
            self.grid.dirty = False
            self.load_month(self.sheet.staff.id, self.sheet.month)

    def _show(self, sheet: ts.MonthSheet | None) -> None:
        self.sheet = sheet
        self.grid.load(sheet)
        self.problem.setText("")
        if sheet is None:
            self.heading.setText("Add the office's staff to fill their timesheets.")
            self.note_for_reader.setText("")
            self.note.setText("")
        else:
            self.grid_view.setColumnWidth(len(sheet.days), 58)
            self.grid_view.fit_height()
            self.note.setText(sheet.hours.note)
            status = STATUS_LABELS.get(sheet.status, sheet.status)
            self.heading.setText(f"<b>{sheet.staff.name}</b> · {sheet.month.label} · {status}")
            self.note_for_reader.setText(self._reader_note(sheet))
        self._update_totals()
        self._update_buttons()

    def _reader_note(self, sheet: ts.MonthSheet) -> str:
        if not sheet.own:
            return f"Staff of office {sheet.staff.office_id}: shown read-only."
        parts = []
        if sheet.locked:
            parts.append(
                f"Approved on {sheet.approved_at:%d %b %Y} by {sheet.approved_by}: locked. "
                "Reopen it with a reason to change it."
            )
        if sheet.changed_since_approval:
            parts.append("The hours differ from what was approved (content fingerprint).")
        if sheet.reopen_reason and not sheet.locked:
            parts.append(f"Reopened: {sheet.reopen_reason}")
        return " ".join(parts)

    def _update_totals(self) -> None:
        sheet = self.sheet
        self.checks.clear()
        if sheet is None:
            self.totals.setText("")
            return
        hours = self.grid.hours
        blues = hours.blues_hours
        pm = person_months(blues, sheet.staff.annual_productive_hours)
        self.totals.setText(
            f"Worked {hours.worked_hours:.2f} h of {sheet.contracted_hours:.2f} h contracted · "
            f"BLUES {blues:.2f} h = {pm:.2f} person-months · other {hours.row_total('OTHER'):.2f} h"
            + (" · unsaved changes" if self.grid.dirty else "")
        )
        for result in self.grid.report.results:
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if result.severity is Severity.ERROR
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            item = QListWidgetItem(self.style().standardIcon(icon), result.message)
            item.setData(Qt.ItemDataRole.UserRole, result.field)
            self.checks.addItem(item)
        if not self.grid.report.results:
            self.checks.addItem("No problems: the month passes every check.")

    def _update_buttons(self) -> None:
        sheet = self.sheet
        editable = sheet is not None and sheet.editable
        own = sheet is not None and sheet.own
        for widget in (self.save_button, self.copy_week_button, self.fill_button, self.note):
            widget.setEnabled(editable)
        self.revert_button.setEnabled(editable and self.grid.dirty)
        self.submit_button.setEnabled(
            own and sheet is not None and sheet.status not in (SUBMITTED, APPROVED)
        )
        self.approve_button.setEnabled(own and sheet is not None and sheet.status == SUBMITTED)
        self.reopen_button.setEnabled(own and sheet is not None and sheet.locked)
        self.print_button.setEnabled(sheet is not None)
        self.history_button.setEnabled(sheet is not None)
        self.edit_staff_button.setEnabled(sheet is not None and own)
        self.erase_staff_button.setEnabled(
            sheet is not None and own and sheet.staff.name != "(erased)"
        )

    def _after_edit(self) -> None:
        self.problem.setText("")
        self._update_totals()
        self._update_buttons()

    def _show_problem(self, message: str) -> None:
        self.problem.setText(message)

    def _go_to_check(self, item: QListWidgetItem) -> None:
        field = item.data(Qt.ItemDataRole.UserRole)
        cell = cell_of_field(field) if field else None
        if cell is None or self.sheet is None:
            return
        day, row = cell
        column = (day - self.sheet.month.first).days
        self.grid_view.setCurrentIndex(self.grid.index(ROW_ORDER.index(row), column))
        self.grid_view.setFocus()

    def _show_year(self) -> None:
        year = self.year.value()

        def arrived(effort: ts.YearEffort) -> None:
            self.year_packages.set_rows(list(effort.work_packages))
            self.effort_chart.show_effort(list(effort.work_packages))
            self.year_staff.set_rows(list(effort.staff))

        run_in_background(self, lambda _p, _c: ts.year_effort(self.ctx, year), on_success=arrived)

    # changing -----------------------------------------------------------------------
    def save(self) -> None:
        if self.sheet is None or not self.sheet.editable:
            return
        staff_id = self.sheet.staff.id
        hours = MonthHours(self.grid.hours.month, dict(self.grid.hours.cells), self.note.text())
        self.grid.dirty = False  # the refresh after saving reloads the stored month
        self.run_change(lambda _p, _c: ts.save_month(self.ctx, staff_id, hours))

    def copy_previous_week(self) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        index = self.grid_view.currentIndex()
        day = self.grid.day_at(index.column()) if index.isValid() else None
        day = day or sheet.month.first
        previous: MonthHours | None = None
        if week_of(day)[0] - timedelta(days=7) < sheet.month.first:
            previous = ts.load_month(self.ctx, sheet.staff.id, sheet.month.previous()).hours
        changes = copy_previous_week(self.grid.hours, day, previous)
        if not self.grid.set_cells(changes):
            self.problem.setText(
                f"The week before {week_of(day)[0]:%d %b} has the same hours already."
            )

    def fill_typical_week(self) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        dialog = TypicalWeekDialog(self, self._typical_start(sheet))
        if dialog.exec() and dialog.week is not None:
            changes = fill_typical_week(self.grid.hours, dialog.week, sheet.terms, sheet.holidays)
            if not self.grid.set_cells(changes):
                self.problem.setText("No empty working day left to fill in this month.")

    def _typical_start(self, sheet: ts.MonthSheet) -> dict[int, dict[str, Decimal]]:
        """The last full week with hours in this month, or the contract's hours as other work."""
        hours = self.grid.hours
        for day in reversed(sheet.month.days()):
            if day.weekday() == 0 and all(
                hours.day_total(day + timedelta(days=i)) for i in range(5)
            ):
                return {
                    i: {
                        r: hours.get(day + timedelta(days=i), r)
                        for r in WORK_ROWS
                        if hours.get(day + timedelta(days=i), r)
                    }
                    for i in range(5)
                }
        daily = sheet.terms.daily_hours
        return {i: {"OTHER": daily} for i in range(5)}

    def submit(self) -> None:
        if self.sheet is None:
            return
        if self.grid.dirty:
            self.save()
        staff_id, month = self.sheet.staff.id, self.sheet.month
        self.run_change(lambda _p, _c: ts.submit_month(self.ctx, staff_id, month))

    def approve(self) -> None:
        if self.sheet is None:
            return
        sheet = self.sheet
        answer = QMessageBox.question(
            self,
            "Approve",
            f"Approve {sheet.staff.name}'s timesheet for {sheet.month.label}? It will be "
            "locked, and its content and printed PDF fingerprinted.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.run_change(
                lambda _p, _c: ts.approve_month(
                    self.ctx, sheet.staff.id, sheet.month, render_timesheet
                ),
                label="Approving…",
            )

    def approve_many(self) -> None:
        statuses = ts.month_statuses(self.ctx, self.month)
        choices = [
            (r.id, r.name, STATUS_LABELS.get(statuses.get(r.id, ""), "Not started"))
            for r in self.staff_rows
        ]
        dialog = ApproveManyDialog(self, self.month.label, choices)
        if not dialog.exec() or not dialog.selected():
            return
        ids, month, submit_first = dialog.selected(), self.month, dialog.submit_first.isChecked()

        def done(result: ts.BatchApproval) -> None:
            lines = [f"Approved: {', '.join(result.approved) or 'none'}"]
            lines += [f"Not approved — {name}: {reason}" for name, reason in result.skipped]
            QMessageBox.information(self, f"Approve {month.label}", "\n\n".join(lines))

        self.run_change(
            lambda p, c: ts.approve_many(
                self.ctx,
                ids,
                month,
                render_timesheet,
                submit_first=submit_first,
                progress=p,
                cancel=c,
            ),
            done,
            label=f"Approving {month.label}…",
        )

    def reopen(self) -> None:
        if self.sheet is None:
            return
        sheet = self.sheet
        reason, ok = QInputDialog.getText(
            self, "Reopen", f"Why is {sheet.staff.name}'s {sheet.month.label} reopened?"
        )
        if ok and reason.strip():
            self.run_change(
                lambda _p, _c: ts.reopen_month(self.ctx, sheet.staff.id, sheet.month, reason)
            )
        elif ok:
            self.problem.setText("A reopen needs a reason; the month stays approved.")

    def preview_pdf(self) -> None:
        if self.sheet is None:
            return
        sheet = self.sheet
        file_name = f"timesheet-{sheet.staff.name.replace(' ', '-')}-{sheet.month}.pdf"

        def show(data: bytes) -> None:
            PdfPreviewDialog(
                f"Timesheet: {sheet.staff.name}, {sheet.month.label}", data, file_name, self
            ).exec()

        run_in_background(
            self,
            lambda _p, _c: render_timesheet(sheet, self.ctx.now()),
            on_success=show,
            progress_label="Preparing the timesheet…",
        )

    def export_year(self) -> None:
        year = self.year.value()
        name, _f = QFileDialog.getSaveFileName(
            self,
            "Export timesheets",
            f"timesheets-{self.ctx.office_code}-{year}.xlsx",
            "Excel (*.xlsx)",
        )
        if not name:
            return

        def done(result: Any) -> None:
            QMessageBox.information(
                self,
                "Export",
                f"Wrote {result.rows} rows for {result.staff} staff members to {result.path}.",
            )

        run_in_background(
            self,
            lambda _p, _c: export_year(self.ctx, Path(name), year),
            on_success=done,
            progress_label="Writing the workbook…",
        )

    def edit_plan(self) -> None:
        dialog = PlannedEffortDialog(self, ts.planned_effort(self.ctx))
        if dialog.exec() and dialog.plan is not None:
            plan = dialog.plan
            self.run_change(lambda _p, _c: ts.set_planned_effort(self.ctx, plan))

    def new_staff(self) -> None:
        dialog = StaffDialog(self, self.ctx.office.country, self.staff_rows)
        if dialog.exec() and dialog.draft is not None:
            draft = dialog.draft
            self.run_change(lambda _p, _c: ts.save_staff(self.ctx, draft), self._select_staff)

    def edit_staff(self) -> None:
        if self.sheet is None:
            return
        current = self.sheet.staff
        dialog = StaffDialog(self, self.ctx.office.country, self.staff_rows, current)
        if dialog.exec() and dialog.draft is not None:
            draft = dialog.draft
            self.run_change(lambda _p, _c: ts.save_staff(self.ctx, draft, current.id))

    def erase_staff(self) -> None:
        if self.sheet is None:
            return
        staff = self.sheet.staff
        reason, ok = QInputDialog.getText(
            self,
            "Erase personal data",
            f"Erase {staff.name}'s name, e-mail and role, from the record and its history? "
            "The hours stay as the grant's records, shown as “(erased)”; the PDFs printed "
            "at approval are deleted (the hours can be printed again). The erasure travels "
            "in bundles and cannot be undone.\n\nOn whose request, and why?",
        )
        if ok and reason.strip():
            self.run_change(lambda _p, _c: ts.erase_staff(self.ctx, staff.id, reason))
        elif ok:
            self.problem.setText("An erasure needs a reason; nothing was erased.")

    def _select_staff(self, saved: ts.StaffSaved) -> None:
        ids = [r.id for r in self.staff_rows]
        if saved.staff_id in ids:
            self.staff_view.selectRow(ids.index(saved.staff_id))
