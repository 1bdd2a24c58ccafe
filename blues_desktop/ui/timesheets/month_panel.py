"""The Month tab of the Timesheets page: one person's month as a grid with the auditors'
checks at the cells, its totals, and what may be done to it now (save, copy or fill a
week, submit, approve, reopen, print). Which of these a month allows is the domain's
answer (`month_actions`); the page chooses whose month is shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.documents.timesheet_pdf import render_timesheet
from blues_desktop.domain.timesheets import (
    MonthAction,
    MonthHours,
    cell_of_field,
    copy_previous_week,
    fill_typical_week,
    month_actions,
    person_months,
    typical_week,
    week_of,
)
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP
from blues_desktop.domain.validation import Severity
from blues_desktop.services import timesheets as ts
from blues_desktop.services.context import AppContext
from blues_desktop.ui.colours import ERROR_STYLE
from blues_desktop.ui.dialog_buttons import ask_reason, confirm
from blues_desktop.ui.history_dialog import HistoryDialog, open_history
from blues_desktop.ui.icons import icon
from blues_desktop.ui.locale_format import day_text, month_text, number_text
from blues_desktop.ui.messages import say
from blues_desktop.ui.operations import run_in_background
from blues_desktop.ui.pdf_preview import PdfPreviewDialog
from blues_desktop.ui.timesheets.dialogs import TypicalWeekDialog
from blues_desktop.ui.timesheets.grid_model import ROW_ORDER, MonthGridModel
from blues_desktop.ui.timesheets.grid_view import MonthGridView
from blues_desktop.ui.widgets import action_bar, button

KEY_HINT = QT_TRANSLATE_NOOP(
    "MonthPanel",
    "Type hours in quarter hours (7.5, 7,25 or 1:45). Enter: next day · Delete: clear · "
    "+ / −: a quarter hour more or less · Ctrl+C / Ctrl+V: copy and paste cells.",
)

# How the page runs a use case that changes data: `change(use_case, done, label)`, with
# `use_case(ctx)` run on the database thread and every page told what changed.
Change = Callable[..., None]


class MonthPanel(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        change: Change,
        reload: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.change = change
        self.reload = reload
        self.sheet: ts.MonthSheet | None = None
        self.grid = MonthGridModel(self)
        self.grid.problem.connect(self.show_problem)
        self.grid.edited.connect(self.after_edit)
        hint = QLabel(self.tr(KEY_HINT))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.grid_view = MonthGridView()
        self.grid_view.setModel(self.grid)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.checks = QListWidget()
        self.checks.itemActivated.connect(self._go_to_check)
        self.checks.itemClicked.connect(self._go_to_check)
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            self.tr("Note for the month (required when the hours exceed the contract)")
        )
        self.note.textEdited.connect(self.grid.set_note)
        self.save_button = button(self.tr("Save"), self.save)
        self.revert_button = button(self.tr("Undo changes"), self.revert)
        self.copy_week_button = button(self.tr("Copy previous week"), self.copy_previous_week)
        self.fill_button = button(self.tr("Fill from typical week…"), self.fill_typical_week)
        self.submit_button = button(self.tr("Submit"), self.submit)
        self.approve_button = button(self.tr("Approve"), self.approve)
        self.approve_many_button = button(self.tr("Approve for many…"), lambda: None)  # the page's
        self.reopen_button = button(self.tr("Reopen…"), self.reopen)
        self.print_button = button(self.tr("Print PDF…"), self.preview_pdf)
        self.history_button = button(self.tr("History…"), self.open_history)
        self.history_button.setToolTip(self.tr("Who changed, submitted and approved this month, and when"))
        for widget, name in (
            (self.save_button, "save"),
            (self.print_button, "print"),
            (self.history_button, "history"),
        ):
            widget.setIcon(icon(name))
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)  # the grid takes the tab's whole width
        layout.addWidget(hint)
        layout.addWidget(self.grid_view)
        layout.addWidget(self.problem)
        layout.addWidget(self.totals)
        layout.addWidget(self.checks, 1)
        layout.addWidget(self.note)
        layout.addWidget(
            action_bar(
                self.save_button, self.revert_button, self.copy_week_button, self.fill_button
            )
        )
        layout.addWidget(
            action_bar(
                self.submit_button,
                self.approve_button,
                self.approve_many_button,
                self.reopen_button,
                self.print_button,
                self.history_button,
            )
        )

    # showing ------------------------------------------------------------------------
    def show_sheet(self, sheet: ts.MonthSheet | None) -> None:
        self.sheet = sheet
        self.grid.load(sheet)
        self.problem.setText("")
        if sheet is None:
            self.note.setText("")
        else:
            self.grid_view.fit_columns()
            self.grid_view.fit_height()
            self.note.setText(sheet.hours.note)
        self.update_totals()
        self.update_buttons()

    def update_totals(self) -> None:
        sheet = self.sheet
        self.checks.clear()
        if sheet is None:
            self.totals.setText("")
            return
        hours = self.grid.hours
        blues = hours.blues_hours
        pm = person_months(blues, sheet.staff.annual_productive_hours)
        parts = [
            self.tr("Worked {worked} h of {contracted} h contracted").format(
                worked=number_text(hours.worked_hours, 2),
                contracted=number_text(sheet.contracted_hours, 2),
            ),
            self.tr("BLUES {blues} h = {months} person-months").format(
                blues=number_text(blues, 2), months=number_text(pm, 2)
            ),
            self.tr("other {other} h").format(other=number_text(hours.row_total("OTHER"), 2)),
        ]
        if self.grid.dirty:
            parts.append(self.tr("unsaved changes"))
        totals = " · ".join(parts)  # whole phrases, each translated
        self.totals.setText(totals)
        for result in self.grid.report.results:
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if result.severity is Severity.ERROR
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            item = QListWidgetItem(self.style().standardIcon(icon), say(result.message))
            item.setData(Qt.ItemDataRole.UserRole, result.field)
            self.checks.addItem(item)
        if not self.grid.report.results:
            self.checks.addItem(self.tr("No problems: the month passes every check."))

    def update_buttons(self) -> None:
        sheet = self.sheet
        allowed = month_actions(sheet.status, own=sheet.own) if sheet else frozenset()
        editable = MonthAction.EDIT in allowed
        for widget in (self.save_button, self.copy_week_button, self.fill_button, self.note):
            widget.setEnabled(editable)
        self.revert_button.setEnabled(editable and self.grid.dirty)
        self.submit_button.setEnabled(MonthAction.SUBMIT in allowed)
        self.approve_button.setEnabled(MonthAction.APPROVE in allowed)
        self.reopen_button.setEnabled(MonthAction.REOPEN in allowed)
        self.print_button.setEnabled(sheet is not None)
        self.history_button.setEnabled(sheet is not None)

    def after_edit(self) -> None:
        self.problem.setText("")
        self.update_totals()
        self.update_buttons()

    def show_problem(self, message: str) -> None:
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

    def open_history(self) -> HistoryDialog | None:
        if self.sheet is None:
            return None
        return open_history(
            self, self.ctx, "timesheet_months", "", month=(self.sheet.staff.id, self.sheet.month)
        )

    # changing -----------------------------------------------------------------------
    def revert(self) -> None:
        self.grid.dirty = False
        self.reload()

    def save(self) -> None:
        if self.sheet is None or MonthAction.EDIT not in month_actions(
            self.sheet.status, own=self.sheet.own
        ):
            return
        staff_id = self.sheet.staff.id
        hours = MonthHours(self.grid.hours.month, dict(self.grid.hours.cells), self.note.text())
        self.grid.dirty = False  # the refresh after saving reloads the stored month
        self.change(lambda ctx: ts.save_month(ctx, staff_id, hours))

    def copy_previous_week(self) -> None:
        """Copy the week before the current cell's; a week that starts in the previous
        month reads that month in the background first."""
        sheet = self.sheet
        if sheet is None:
            return
        index = self.grid_view.currentIndex()
        day = self.grid.day_at(index.column()) if index.isValid() else None
        day = day or sheet.month.first

        def copy(previous: MonthHours | None) -> None:
            if self.sheet is not sheet:
                return  # another month is shown by now
            changes = copy_previous_week(self.grid.hours, day, previous)
            if not self.grid.set_cells(changes):
                self.problem.setText(
                    self.tr("The week before {day} has the same hours already.").format(
                        day=day_text(week_of(day)[0])
                    )
                )

        if week_of(day)[0] - timedelta(days=7) >= sheet.month.first:
            copy(None)
            return
        ctx, staff_id, month = self.ctx, sheet.staff.id, sheet.month.previous()
        run_in_background(
            self, lambda _p, _c: ts.load_month(ctx, staff_id, month).hours, on_success=copy
        )

    def fill_typical_week(self) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        start = typical_week(self.grid.hours, sheet.terms.daily_hours)
        dialog = TypicalWeekDialog(self, start)
        if dialog.exec() and dialog.week is not None:
            changes = fill_typical_week(self.grid.hours, dialog.week, sheet.terms, sheet.holidays)
            if not self.grid.set_cells(changes):
                self.problem.setText(self.tr("No empty working day left to fill in this month."))

    def submit(self) -> None:
        if self.sheet is None:
            return
        if self.grid.dirty:
            self.save()
        staff_id, month = self.sheet.staff.id, self.sheet.month
        self.change(lambda ctx: ts.submit_month(ctx, staff_id, month))

    def approve(self) -> None:
        if self.sheet is None:
            return
        sheet = self.sheet
        if confirm(
            self,
            self.tr("Approve"),
            self.tr(
                "Approve {name}'s timesheet for {month}? It will be locked, and its content "
                "and printed PDF fingerprinted."
            ).format(name=sheet.staff.name, month=month_text(sheet.month.year, sheet.month.month)),
            self.tr("Approve"),
        ):
            staff_id, month = sheet.staff.id, sheet.month
            self.change(
                lambda ctx: ts.approve_month(ctx, staff_id, month, render_timesheet),
                label=self.tr("Approving…"),
            )

    def reopen(self) -> None:
        if self.sheet is None:
            return
        sheet = self.sheet
        reason = ask_reason(
            self,
            self.tr("Reopen"),
            self.tr("Why is {name}'s {month} reopened?").format(
                name=sheet.staff.name, month=month_text(sheet.month.year, sheet.month.month)
            ),
            self.tr("Reopen"),
        )
        if reason:
            staff_id, month = sheet.staff.id, sheet.month
            self.change(lambda ctx: ts.reopen_month(ctx, staff_id, month, reason))
        elif reason is not None:
            self.problem.setText(self.tr("A reopen needs a reason; the month stays approved."))

    def preview_pdf(self) -> None:
        if self.sheet is None:
            return
        sheet = self.sheet
        file_name = f"timesheet-{sheet.staff.name.replace(' ', '-')}-{sheet.month}.pdf"

        def show(data: bytes) -> None:
            title = self.tr("Timesheet: {name}, {month}").format(
                name=sheet.staff.name, month=month_text(sheet.month.year, sheet.month.month)
            )
            PdfPreviewDialog(title, data, file_name, self).exec()

        now = self.ctx.now()  # the PDF's generation stamp
        run_in_background(
            self,
            lambda _p, _c: render_timesheet(sheet, now),
            on_success=show,
            progress_label=self.tr("Preparing the timesheet…"),
        )
