"""The Timesheets page: the office's staff, and for the person chosen the month (a grid
with the auditors' checks at the cells, sign-off, the PDF to sign: month_panel.py) or the
year's effort per work package against the plan (year_panel.py). The page chooses whose
month is shown and keeps the staff list."""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.documents.timesheet_pdf import render_timesheet
from blues_desktop.domain.changes import Kind
from blues_desktop.domain.persons import ERASED
from blues_desktop.domain.timesheets import Month, MonthStatus
from blues_desktop.services import timesheets as ts
from blues_desktop.services.context import AppContext
from blues_desktop.ui.dialog_buttons import ask_reason
from blues_desktop.ui.feedback import tell
from blues_desktop.ui.geometry import remember_splitter
from blues_desktop.ui.icons import icon
from blues_desktop.ui.lists import EmptyState, open_on_activate, select_row
from blues_desktop.ui.locale_format import date_text, month_text
from blues_desktop.ui.messages import say
from blues_desktop.ui.operations import run_in_background
from blues_desktop.ui.pages.base import Page
from blues_desktop.ui.timesheets.dialogs import ApproveManyDialog, StaffDialog
from blues_desktop.ui.timesheets.labels import status_text
from blues_desktop.ui.timesheets.models import StaffListModel
from blues_desktop.ui.timesheets.month_panel import MonthPanel
from blues_desktop.ui.timesheets.year_panel import YearPanel
from blues_desktop.ui.widgets import action_bar, button, hrow, list_menu, side_by_side, table_view

YEAR_TAB = 1
NAME_CHARACTERS = 17  # the staff list's name column at first: "Begoña Martínez" whole


def _month(month: Month) -> str:
    """A month in the window's language, by its own name: "November 2026", "Listopad 2026"."""
    return month_text(month.year, month.month)


class TimesheetsPage(Page):
    title = "Timesheets"
    kinds = frozenset({Kind.TIMESHEETS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        today = ctx.now().date()
        self.month = Month.of(today)
        self.staff_rows: list[ts.StaffRow] = []
        self._loading_for: tuple[str, Month] | None = None
        self._select_staff_id: str | None = None  # a new staff member, selected when listed
        self.staff_model = StaffListModel()
        self.month_panel = MonthPanel(ctx, self.change, self._reload)
        self.month_panel.approve_many_button.clicked.disconnect()
        self.month_panel.approve_many_button.clicked.connect(self.approve_many)
        self.year_panel = YearPanel(ctx, self.month.year, self.change)
        staff = self._build_staff()
        splitter = side_by_side(staff, self._build_main(), (self._staff_width(), 940))
        remember_splitter(splitter, "timesheets")
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.refresh()

    @property
    def sheet(self) -> ts.MonthSheet | None:
        return self.month_panel.sheet

    # building ---------------------------------------------------------------------
    def _staff_width(self) -> int:
        """The staff list as it opens: a name of NAME_CHARACTERS letters beside its mark
        (or the name's header, "Imię i nazwisko"), measured in the window's font. A
        longer name is shortened, whole in its tooltip; the list never scrolls sideways."""
        view = self.staff_view
        # a cell's text margin either side, and between the mark and the name
        padding = 3 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        name = (
            (view.iconSize().width() if view.iconSize().isValid() else 16)
            + view.fontMetrics().averageCharWidth() * NAME_CHARACTERS
            + padding
        )
        name = max(name, view.horizontalHeader().sectionSizeFromContents(0).width())
        return name + 2 * view.frameWidth()

    def _build_staff(self) -> QWidget:
        box = QWidget()
        self.staff_view = table_view(self.staff_model)
        self.staff_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staff_view.selectionModel().currentRowChanged.connect(lambda *_: self._open_month())
        open_on_activate(self.staff_view, self.edit_staff)
        self.staff_empty = EmptyState(
            self.staff_view,
            self.tr("No staff yet. Add the people who work on BLUES to fill their timesheets."),
            self.tr("New staff member…"),
            self.new_staff,
        )
        # The name takes the list's width, shortened when narrower.
        self.staff_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.staff_view.setWordWrap(False)
        self.staff_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.edit_staff_button = button(self.tr("Edit…"), self.edit_staff)
        self.erase_staff_button = button(self.tr("Erase personal data…"), self.erase_staff)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Staff</b>")))
        layout.addWidget(self.staff_view)
        self.new_button = button(self.tr("New staff member…"), self.new_staff)
        layout.addWidget(
            action_bar(self.new_button, self.edit_staff_button, self.erase_staff_button)
        )
        list_menu(self.staff_view, self.edit_staff_button, self.erase_staff_button)
        self.new_button.setIcon(icon("new"))
        self.new_button.setToolTip(self.tr("Add a member of staff whose hours are recorded"))
        self.edit_staff_button.setIcon(icon("edit"))
        self.edit_staff_button.setToolTip(self.tr("Edit the selected member of staff"))
        return box

    def _build_main(self) -> QWidget:
        box = QWidget()
        self.previous_button = button("◀", lambda: self._go(self.month.previous()))
        self.next_button = button("▶", lambda: self._go(self.month.next()))
        for arrow in (self.previous_button, self.next_button):
            arrow.setFixedWidth(34)
        self.month_edit = QDateEdit()
        self.month_edit.setCalendarPopup(True)
        self._sync_month_edit()
        self.month_edit.dateChanged.connect(lambda d: self._go(Month(d.year(), d.month())))
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.note_for_reader = QLabel()
        self.note_for_reader.setObjectName("readOnlyNote")
        self.note_for_reader.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.month_panel, self.tr("Month"))
        self.tabs.addTab(self.year_panel, self.tr("Year and work packages"))
        self.tabs.currentChanged.connect(
            lambda i: self.year_panel.show_year() if i == YEAR_TAB else None
        )
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(
            hrow(self.previous_button, self.month_edit, self.next_button, self.heading)
        )
        layout.addWidget(self.note_for_reader)
        layout.addWidget(self.tabs)
        return box

    # reading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the staff and the month's statuses behind the window, then show them."""
        ctx, month = self.ctx, self.month

        def read() -> tuple[list[ts.StaffRow], dict[str, MonthStatus]]:
            return ts.list_staff(ctx), ts.month_statuses(ctx, month)

        run_in_background(self, lambda _p, _c: read(), on_success=lambda r: self._show_staff(*r))
        if self.tabs.currentIndex() == YEAR_TAB:
            self.year_panel.show_year()

    def _show_staff(self, rows: list[ts.StaffRow], statuses: dict[str, MonthStatus]) -> None:
        current = self._select_staff_id or self._current_staff_id()
        self._select_staff_id = None
        self.staff_rows = rows
        self.staff_model.set_rows(rows)
        self.staff_model.set_statuses(statuses, _month(self.month))
        ids = [r.id for r in rows]
        if current in ids:
            select_row(self.staff_view, ids.index(current))
        elif ids:
            select_row(self.staff_view, 0)
        self._open_month(force=True)

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
        ctx = self.ctx
        run_in_background(
            self,
            lambda _p, _c: ts.month_statuses(ctx, month),
            on_success=lambda statuses: self.staff_model.set_statuses(statuses, _month(month)),
        )
        self._open_month(force=True)

    def _sync_month_edit(self) -> None:
        """Show the month by its own name ("listopad 2026"): Qt's "MMMM" is the form used
        inside a date ("listopadu"), so the name is written into the display format."""
        name = month_text(self.month.year, self.month.month).rsplit(" ", 1)[0]
        self.month_edit.blockSignals(True)
        self.month_edit.setDisplayFormat("'{}' yyyy".format(name.replace("'", "''")))
        self.month_edit.setDate(QDate(self.month.year, self.month.month, 1))
        self.month_edit.blockSignals(False)

    def _may_leave(self) -> bool:
        """Ask before unsaved hours are dropped (Page.may_leave); True to go on."""
        return self.may_leave()

    def unsaved_changes(self) -> str | None:
        sheet = self.sheet
        if sheet is None or not self.month_panel.grid.dirty:
            return None
        return self.tr("The hours of {name} for {month} are not saved yet.").format(
            name=sheet.staff.name, month=_month(sheet.month)
        )

    def save_unsaved(self) -> None:
        self.month_panel.save()

    def discard_unsaved(self) -> None:
        self.month_panel.grid.dirty = False

    def _open_month(self, force: bool = False) -> None:
        staff_id = self._current_staff_id()
        if staff_id is None:
            self._show(None)
            return
        if not force and self.sheet is not None and self.sheet.staff.id == staff_id:
            return
        if not force and not self._may_leave():
            # Keep editing: the person whose hours are pending stays chosen.
            ids = [r.id for r in self.staff_rows]
            if self.sheet is not None and self.sheet.staff.id in ids:
                self.staff_view.selectionModel().blockSignals(True)
                select_row(self.staff_view, ids.index(self.sheet.staff.id))
                self.staff_view.selectionModel().blockSignals(False)
            return
        self.load_month(staff_id, self.month)

    def load_month(self, staff_id: str, month: Month) -> None:
        """Read the month on the database thread and show it when it arrives."""
        self._loading_for = (staff_id, month)

        def arrived(sheet: ts.MonthSheet) -> None:
            if self._loading_for == (sheet.staff.id, sheet.month):
                self._show(sheet)

        ctx = self.ctx
        run_in_background(
            self, lambda _p, _c: ts.load_month(ctx, staff_id, month), on_success=arrived
        )

    def _reload(self) -> None:
        if self.sheet is not None:
            self.load_month(self.sheet.staff.id, self.sheet.month)

    def _show(self, sheet: ts.MonthSheet | None) -> None:
        if sheet is None:
            self.heading.setText(self.tr("Add the office's staff to fill their timesheets."))
            self.note_for_reader.setText("")
        else:
            # names and labels only, each in the window's language: nothing to translate
            heading = " · ".join(
                (
                    f"<b>{html.escape(sheet.staff.name)}</b>",
                    html.escape(_month(sheet.month)),
                    html.escape(status_text(sheet.status)),
                )
            )
            self.heading.setText(heading)
            self.note_for_reader.setText(self._reader_note(sheet))
        self.month_panel.show_sheet(sheet)
        own = sheet is not None and sheet.own
        self.edit_staff_button.setEnabled(own)
        self.erase_staff_button.setEnabled(own and sheet is not None and not sheet.staff.erased)

    def _reader_note(self, sheet: ts.MonthSheet) -> str:
        if not sheet.own:
            return self.tr("Staff of office {office}: shown read-only.").format(
                office=sheet.staff.office_id
            )
        parts = []
        if sheet.locked:
            parts.append(
                self.tr(
                    "Approved on {date} by {name}: locked. Reopen it with a reason to change it."
                ).format(
                    date=date_text(sheet.approved_at) if sheet.approved_at else "—",
                    name=sheet.approved_by,
                )
            )
        if sheet.changed_since_approval:
            parts.append(self.tr("The hours differ from what was approved (content fingerprint)."))
        if sheet.reopen_reason and not sheet.locked:
            parts.append(self.tr("Reopened: {reason}").format(reason=sheet.reopen_reason))
        return " ".join(parts)

    # changing -----------------------------------------------------------------------
    def approve_many(self) -> None:
        """The month's statuses are read behind the window, then the choice is offered."""
        ctx, month = self.ctx, self.month
        run_in_background(
            self, lambda _p, _c: ts.month_statuses(ctx, month), on_success=self._choose_many
        )

    def _choose_many(self, statuses: dict[str, MonthStatus]) -> None:
        month = self.month
        choices = [(r.id, r.name, statuses.get(r.id)) for r in self.staff_rows]
        dialog = ApproveManyDialog(self, _month(month), choices)
        if not dialog.exec() or not dialog.selected():
            return
        ids, submit_first = dialog.selected(), dialog.submit_first.isChecked()

        def done(result: ts.BatchApproval) -> None:
            lines = [
                self.tr("Approved: {names}").format(names=", ".join(result.approved))
                if result.approved
                else self.tr("Approved: none")
            ]
            lines += [
                self.tr("Not approved — {name}: {reason}").format(name=name, reason=say(reason))
                for name, reason in result.skipped
            ]
            QMessageBox.information(
                self,
                self.tr("Approve {month}").format(month=_month(month)),
                "\n\n".join(lines),
            )

        ctx = self.ctx
        self.run_change(
            lambda p, c: ts.approve_many(
                ctx, ids, month, render_timesheet, submit_first=submit_first, progress=p, cancel=c
            ),
            done,
            label=self.tr("Approving {month}…").format(month=_month(month)),
        )

    def new_staff(self) -> None:
        dialog = StaffDialog(self, self.ctx.office.country, self.staff_rows)
        if dialog.exec() and dialog.draft is not None:
            draft = dialog.draft
            self.change(lambda ctx: ts.save_staff(ctx, draft), self._select_staff)

    def edit_staff(self) -> None:
        if self.sheet is None:
            return
        current = self.sheet.staff
        dialog = StaffDialog(self, self.ctx.office.country, self.staff_rows, current)
        if dialog.exec() and dialog.draft is not None:
            draft = dialog.draft
            self.change(lambda ctx: ts.save_staff(ctx, draft, current.id))

    def erase_staff(self) -> None:
        if self.sheet is None:
            return
        staff = self.sheet.staff
        reason = ask_reason(
            self,
            self.tr("Erase personal data"),
            self.tr("Erase {name}'s name, e-mail and role, from the record and its history? The hours stay as the grant's records, shown as “{ERASED}”; the PDFs printed at approval are deleted (the hours can be printed again). The erasure travels in bundles and cannot be undone.\n\nOn whose request, and why?").format(name=staff.name, ERASED=ERASED),
            self.tr("Erase"),
        )
        if reason:
            self.change(lambda ctx: ts.erase_staff(ctx, staff.id, reason))
        elif reason is not None:
            self.month_panel.problem.setText(self.tr("An erasure needs a reason; nothing was erased."))

    def _select_staff(self, saved: ts.StaffSaved) -> None:
        """The list is read again behind the window: the new person is selected then."""
        self._select_staff_id = saved.staff_id
        ids = [r.id for r in self.staff_rows]
        if saved.staff_id in ids:  # already listed
            self._select_staff_id = None
            select_row(self.staff_view, ids.index(saved.staff_id))
        tell(self, self.tr("The new staff member is saved and selected in the list."))
