"""The Events page: the list of events, and for the chosen one its participants, the
attendance grid, the sheet to print and the reports."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from html import escape
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.documents.attendance_sheet import (
    DEFAULT_BLANK_ROWS,
    MAX_BLANK_ROWS,
    SheetOptions,
    render_attendance,
)
from blues_desktop.documents.events_workbook import export_events
from blues_desktop.domain.changes import Kind
from blues_desktop.domain.countries import is_known
from blues_desktop.domain.errors import NotFoundError
from blues_desktop.domain.events import GENDERS, ORG_TYPES
from blues_desktop.services import events as ev
from blues_desktop.services.context import AppContext
from blues_desktop.services.events.reports import UNKNOWN
from blues_desktop.services.members.persons import erase_person
from blues_desktop.ui import i18n
from blues_desktop.ui.change_hub import follow_changes
from blues_desktop.ui.column_widths import fit_columns
from blues_desktop.ui.dialog_buttons import ask_reason, confirm
from blues_desktop.ui.events.attendance_view import AttendanceView
from blues_desktop.ui.events.dialogs import EventEditor, NewPersonDialog, PersonPicker
from blues_desktop.ui.events.models import AttendanceModel, EventListModel, ParticipantsModel
from blues_desktop.ui.feedback import tell, tell_written
from blues_desktop.ui.forms import include_anyway
from blues_desktop.ui.geometry import remember_splitter
from blues_desktop.ui.history_dialog import HistoryDialog, open_history
from blues_desktop.ui.icons import icon
from blues_desktop.ui.lists import (
    EmptyState,
    live_search,
    open_on_activate,
    row_after_removal,
    select_row,
)
from blues_desktop.ui.locale_format import day_text, number_text, time_text
from blues_desktop.ui.messages import say
from blues_desktop.ui.operations import run_in_background, run_read, show_error
from blues_desktop.ui.pages.base import Page
from blues_desktop.ui.pdf_preview import PdfPreviewDialog
from blues_desktop.ui.widgets import action_bar, button, hrow, list_menu, side_by_side, table_view


class EventsPage(Page):
    title = "Events"
    kinds = frozenset({Kind.EVENTS})
    detail_shown = Signal()  # the chosen event's detail (or none) is on screen

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._switching = False  # the page itself moves the selection: no question asked
        self.detail: ev.EventDetail | None = None
        self._detail_for: str | None = None  # the event whose detail is on its way
        self._wanted: str | None = None  # the event to choose when the list arrives
        self._list_generation = 0
        self.events = EventListModel()
        self.participants = ParticipantsModel()
        self.attendance = AttendanceModel()
        splitter = side_by_side(self._build_list(), self._build_detail(), (560, 600))
        remember_splitter(splitter, "events")
        # Both lists read without scrolling sideways on a laptop, in every language
        # (ui/column_widths.py).
        fit_columns(self.list_view, self.events.widest_values(), EventListModel.SHARED)
        fit_columns(
            self.participant_view, self.participants.widest_values(), ParticipantsModel.SHARED
        )
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.refresh()

    # building -------------------------------------------------------------
    def _build_list(self) -> QWidget:
        box = QWidget()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search events…"))
        self._search_timer = live_search(self.search, self.refresh)
        self.list_view = table_view(self.events)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.selectionModel().currentRowChanged.connect(lambda *_: self._load_current())
        open_on_activate(self.list_view, self.edit_event)
        self.empty = EmptyState(
            self.list_view,
            self.tr("No events yet. Create one to register its participants and print its "
            "attendance sheet."),
            self.tr("New event…"),
            self.new_event,
        )
        self.edit_button = button(self.tr("Edit…"), self.edit_event)
        self.delete_button = button(self.tr("Delete"), self.delete_event)
        self.history_button = button(self.tr("History…"), self.open_history)
        self.history_button.setToolTip(
            self.tr("Who changed this event and its participants, when, and what")
        )
        layout = QVBoxLayout(box)
        layout.addWidget(self.search)
        layout.addWidget(self.list_view)
        self.new_button = button(self.tr("New event…"), self.new_event)
        layout.addWidget(
            action_bar(self.new_button, self.edit_button, self.delete_button, self.history_button)
        )
        list_menu(self.list_view, self.edit_button, self.delete_button, self.history_button)
        for widget, name, tip in (
            (self.new_button, "new", self.tr("Plan a new event")),
            (self.edit_button, "edit", self.tr("Edit the selected event")),
            (self.delete_button, "delete", self.tr("Delete the selected event")),
            (self.history_button, "history", self.history_button.toolTip()),
        ):
            widget.setIcon(icon(name))
            widget.setToolTip(tip)
        return box

    def _build_detail(self) -> QWidget:
        box = QWidget()
        self.heading = QLabel(self.tr("Choose an event, or create one."))
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.owner_note = QLabel()
        self.owner_note.setObjectName("readOnlyNote")
        self.owner_note.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_participants(), self.tr("Participants"))
        self.tabs.addTab(self._build_attendance(), self.tr("Attendance"))
        self.tabs.addTab(self._build_print(), self.tr("Attendance sheet"))
        self.tabs.addTab(self._build_reports(), self.tr("Reports"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.heading)
        layout.addWidget(self.owner_note)
        layout.addWidget(self.tabs)
        return box

    def _build_participants(self) -> QWidget:
        box = QWidget()
        self.participant_view = table_view(self.participants)
        self.participant_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.participants_empty = EmptyState(
            self.participant_view,
            self.tr("Nobody is registered for this event yet. Register people from the member "
            "register, or add a new person."),
        )
        self.pick_button = button(self.tr("Register from the register…"), self.pick_persons)
        self.new_person_button = button(self.tr("New person…"), self.new_person)
        self.remove_button = button(self.tr("Remove"), self.remove_participants)
        self.erase_button = button(self.tr("Erase personal data…"), self.erase_participant)
        self.erase_button.setToolTip(
            self.tr("GDPR erasure of the chosen participant, on their request (the registration stays, "
            "shown as erased)")
        )
        layout = QVBoxLayout(box)
        layout.addWidget(self.participant_view)
        layout.addWidget(
            action_bar(self.pick_button, self.new_person_button, self.remove_button, self.erase_button)
        )
        list_menu(
            self.participant_view,
            self.pick_button,
            self.new_person_button,
            self.remove_button,
            self.erase_button,
        )
        return box

    def _build_attendance(self) -> QWidget:
        box = QWidget()
        self.grid = AttendanceView()
        self.grid.setModel(self.attendance)
        self.attendance.dataChanged.connect(lambda *_: self._update_counts())
        self.save_attendance_button = button(self.tr("Save attendance"), self.save_attendance)
        self.walk_in_button = button(self.tr("Walk-in…"), self.add_walk_in)
        self.attach_button = button(self.tr("Attach scanned sheet…"), self.attach_sheet)
        self.counts = QLabel()
        self.sheets = QLabel()
        hint = QLabel(self.tr("Keys: Space ticks or unticks and moves down, − clears, Enter moves down."))
        hint.setObjectName("hint")
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addWidget(self.grid)
        layout.addWidget(self.counts)
        layout.addWidget(self.sheets)
        layout.addWidget(
            action_bar(self.save_attendance_button, self.walk_in_button, self.attach_button)
        )
        return box

    def _build_print(self) -> QWidget:
        box = QWidget()
        self.blank_rows = QSpinBox()
        self.blank_rows.setRange(0, MAX_BLANK_ROWS)
        self.blank_rows.setValue(DEFAULT_BLANK_ROWS)
        self.landscape = QCheckBox(self.tr("A4 landscape"))
        self.print_button = button(self.tr("Preview and print…"), self.preview_sheet)
        note = QLabel(
            self.tr("The sheet lists the registered participants in order with a signature box per "
            "day, blank rows for walk-ins, and a QR code per page that matches a scanned page "
            "to this event. Online events get the online attendance record instead.")
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(note)
        layout.addLayout(hrow(QLabel(self.tr("Blank rows for walk-ins")), self.blank_rows, self.landscape))
        layout.addLayout(hrow(self.print_button))
        layout.addStretch(1)
        return box

    def _build_reports(self) -> QWidget:
        box = QWidget()
        self.report_text = QLabel()
        self.report_text.setTextFormat(Qt.TextFormat.RichText)
        self.report_text.setWordWrap(True)
        self.report_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(box)
        layout.addWidget(self.report_text)
        layout.addLayout(hrow(button(self.tr("Export to Excel…"), self.export_workbook)))
        layout.addStretch(1)
        return box

    # reading --------------------------------------------------------------
    # Every read runs on the runner's reader lane (ui/operations.py, run_read): the list,
    # then the chosen event's detail and figures, shown when they arrive.
    def refresh(self, select_row_at: int = 0) -> None:
        """Read the list again and keep the event shown (or choose the one just saved, or
        the row at `select_row_at`, the one that took a deleted event's place)."""
        self._search_timer.stop()
        ctx, search = self.ctx, self.search.text() or None
        wanted = self._wanted or (self.detail.id if self.detail else None)
        self._wanted = None
        self._list_generation += 1
        generation = self._list_generation

        def arrived(rows: list[ev.EventRow]) -> None:
            if generation != self._list_generation:
                return  # a newer search is on its way
            self.empty.set_text(
                self.tr("No event matches the search.")
                if search
                else self.tr("No events yet. Create one to register its participants and print its "
                "attendance sheet.")
            )
            with self._moving_selection():  # the list is re-read
                self.events.set_rows(rows)
            ids = [r.id for r in rows]
            if wanted in ids:
                with self._moving_selection():
                    select_row(self.list_view, ids.index(wanted))
                self._load(wanted)
            elif rows:
                select_row(self.list_view, min(select_row_at, len(rows) - 1))
            else:
                self._load(None)

        run_read(self, lambda _p, _c: ev.list_events(ctx, search), on_success=arrived)

    @contextmanager
    def _moving_selection(self) -> Iterator[None]:
        """The page moves the list's selection itself: no question about leaving the
        event shown, and no second read of it."""
        self._switching = True
        try:
            yield
        finally:
            self._switching = False

    def _load_current(self) -> None:
        if self._switching:
            return
        index = self.list_view.currentIndex()
        chosen = self.events.row_at(index.row()).id if index.isValid() else None
        shown = self.detail.id if self.detail else None
        if shown is not None and chosen != shown and not self.may_leave():
            # Keep editing: the event whose ticks are pending stays chosen.
            ids = [self.events.row_at(r).id for r in range(self.events.rowCount())]
            if shown in ids:
                with self._moving_selection():
                    select_row(self.list_view, ids.index(shown))
            return
        self._load(chosen)

    # pending attendance ticks (Page.may_leave asks about them)
    def unsaved_changes(self) -> str | None:
        pending = len(self.attendance.pending)
        if not pending or self.detail is None:
            return None
        return self.tr("{pending} attendance ticks for “{title}” are not saved yet.").format(pending=pending, title=self.detail.title)

    def save_unsaved(self) -> None:
        self.save_attendance()

    def discard_unsaved(self) -> None:
        self.attendance.pending = {}
        self._update_counts()

    def _load(self, event_id: str | None) -> None:
        """Read the event's detail and figures behind the window; shown when they arrive,
        unless another event was chosen meanwhile."""
        self._detail_for = event_id
        if event_id is None:
            self._show_detail(None, {}, None)
            return
        ctx = self.ctx

        def read(_p: object, _c: object) -> tuple[ev.EventDetail | None, ev.EventsReport]:
            return ev.event_detail(ctx, event_id), ev.events_report(ctx, event_id=event_id)

        def arrived(answer: tuple[ev.EventDetail | None, ev.EventsReport]) -> None:
            if self._detail_for != event_id:
                return  # another event was chosen meanwhile
            # Ticks not saved yet stay when the same event is read again: those pending
            # now, when it arrives (ticks saved meanwhile are no longer pending).
            same = self.detail is not None and self.detail.id == event_id
            kept = dict(self.attendance.pending) if same else {}
            self._show_detail(answer[0], kept, answer[1])

        run_read(self, read, on_success=arrived)

    def _show_detail(
        self,
        detail: ev.EventDetail | None,
        kept: dict[tuple[str, str], tuple[bool, str | None]],
        report: ev.EventsReport | None,
    ) -> None:
        self.detail = d = detail
        own = d is not None and d.office_id == self.ctx.office_code
        self.participants.set_rows(list(d.participants) if d else [])
        self.attendance.load(d, read_only=not own)
        if kept and d is not None and own:
            # The same event read again (another change was announced): ticks not saved
            # yet stay, for the registrations and days that are still there.
            registrations = {p.registration_id for p in d.participants}
            day_ids = {x.id for x in d.days}
            self.attendance.beginResetModel()
            self.attendance.pending = {
                key: value
                for key, value in kept.items()
                if key[0] in registrations and key[1] in day_ids
            }
            self.attendance.endResetModel()
        self.grid.setColumnWidth(0, 340)
        if d is None:
            self.heading.setText(self.tr("Choose an event, or create one."))
        else:
            days = ", ".join(
                day_text(x.day)
                + (
                    f" {time_text(x.start_time)}–{time_text(x.end_time)}"
                    if x.start_time and x.end_time
                    else ""
                )
                for x in d.days
            )
            registered = self.tr("%n registered", "", len(d.participants))
            # markup and fields only: the words are translated one by one above
            heading = f"<h3>{d.title}</h3>{d.work_package} · {say(d.place)} · {days} · {registered}"
            self.heading.setText(heading)
        self.owner_note.setText(
            ""
            if own or d is None
            else self.tr("Organised by office {office_id}: shown read-only, only {office_id} can change it.").format(office_id=d.office_id)
        )
        for widget in (
            self.edit_button,
            self.delete_button,
            self.pick_button,
            self.new_person_button,
            self.remove_button,
            self.save_attendance_button,
            self.walk_in_button,
            self.attach_button,
        ):
            widget.setEnabled(own)
        self.print_button.setEnabled(d is not None)
        self.history_button.setEnabled(d is not None)
        self.sheets.setText(
            self.tr("Scanned sheets: ") + ", ".join(d.scanned_sheets) if d and d.scanned_sheets else ""
        )
        self._update_counts()
        self._show_report(report)
        self.detail_shown.emit()

    def _update_counts(self) -> None:
        d = self.detail
        if d is None or not d.days:
            self.counts.setText("")
            return
        total = len(d.participants)
        parts = [
            self.tr("day {number}: {present} of {total}").format(
                number=i, present=self.attendance.present_count(i), total=total
            )
            for i in range(1, len(d.days) + 1)
        ]
        pending = len(self.attendance.pending)
        counts = self.tr("Present — {days}").format(days=", ".join(parts))
        if pending:
            counts = self.tr("Present — {days} · %n unsaved changes", "", pending).format(
                days=", ".join(parts)
            )
        self.counts.setText(counts)

    def _show_report(self, report: ev.EventsReport | None) -> None:
        """The chosen event's figures, titled with its name (the Reports page has the
        figures over all events)."""
        d = self.detail
        if d is None:
            self.report_text.setText(self.tr("<p>Choose an event to see its figures.</p>"))
            return
        if report is None:
            return

        def table(title: str, counts: dict[str, int], labels: dict[str, str]) -> str:
            cells = "".join(
                f"<tr><td>{escape(labels.get(k, k))}</td>"
                f"<td align=right>&nbsp;{number_text(v)}</td></tr>"
                for k, v in counts.items()
            )
            return f"<td valign=top><b>{title}</b><table>{cells}</table></td>"

        # a participant without a country, type or gender is counted as "unknown"
        unknown = {UNKNOWN: self.tr("unknown")}
        countries = {code: i18n.country_text(code) for code in report.by_country if is_known(code)}
        countries.update(unknown)

        heading = self.tr("Figures of “{title}”").format(title=escape(d.title))
        summary = self.tr(
            "{registered} registered, {participants} took part "
            "({persons} persons from {organisations} organisations)."
        ).format(
            registered=number_text(report.registered),
            participants=number_text(report.participants),
            persons=number_text(report.unique_participants),
            organisations=number_text(report.unique_organisations),
        )
        # markup only around the translated words: not marked
        figures = (
            f"<h4>{heading}</h4><p>{summary}</p>"
            + "<table cellspacing=12><tr>"
            + table(self.tr("Per work package"), report.by_work_package, {})
            + table(
                self.tr("Per country (top 12)"),
                dict(list(report.by_country.items())[:12]),
                countries,
            )
            + table(
                self.tr("Per organisation type"),
                report.by_org_type,
                {**i18n.labels(ORG_TYPES), **unknown},
            )
            + table(self.tr("Per gender"), report.by_gender, {**i18n.labels(GENDERS), **unknown})
            + "</tr></table>"
        )
        self.report_text.setText(figures)

    # changing -------------------------------------------------------------
    def open_history(self) -> HistoryDialog | None:
        if self.detail is None:
            return None
        return open_history(self, self.ctx, "events", self.detail.id)

    def _selected_event(self) -> str | None:
        return self.detail.id if self.detail else None

    def new_event(self) -> None:
        editor = EventEditor(self)
        if editor.exec() and editor.draft is not None:
            draft = editor.draft
            self.change(
                lambda ctx: ev.save_event(ctx, draft),
                lambda result: self._select_saved(result, draft.title),
            )

    def _select_saved(self, result: ev.EventSaved, title: str) -> None:
        self._wanted = result.event_id  # chosen when the list the change announced arrives
        self.refresh()
        tell(self, self.tr("The new event “{title}” is saved and selected in the list.").format(title=title))

    def edit_event(self) -> None:
        if self.detail is None:
            return
        editor = EventEditor(self, self.detail)
        self._follow(editor, self.detail)
        if editor.exec() and editor.draft is not None:
            draft, event_id = editor.draft, self.detail.id
            self.change(lambda ctx: ev.save_event(ctx, draft, event_id))

    def _follow(self, editor: EventEditor, shown: ev.EventDetail) -> None:
        """Warn in the open editor when its event changes elsewhere (read again on the
        reader lane and compared with what the editor was opened on)."""
        ctx, event_id = self.ctx, shown.id

        def compare(stored: ev.EventDetail) -> None:
            # What the editor edits: registrations and scanned sheets may change freely.
            same = replace(
                stored, participants=shown.participants, scanned_sheets=shown.scanned_sheets
            )
            if shiboken6.isValid(editor) and same != shown:
                editor.changed_elsewhere(gone=False)

        def gone(exc: BaseException) -> None:
            if not shiboken6.isValid(editor):
                return
            if isinstance(exc, NotFoundError):
                editor.changed_elsewhere(gone=True)
            else:
                show_error(editor, exc)

        def read_again() -> None:
            run_read(
                editor,
                lambda _p, _c: ev.event_detail(ctx, event_id),
                on_success=compare,
                on_failure=gone,
            )

        follow_changes(editor, ctx, frozenset({Kind.EVENTS}), read_again)

    def delete_event(self) -> None:
        if self.detail is None:
            return
        title = self.detail.title
        if not confirm(self, self.tr("Delete event"), self.tr("Delete “{title}” with its registrations?").format(title=title), self.tr("Delete")):
            return
        event_id, position = self.detail.id, self.list_view.currentIndex().row()
        count = self.events.rowCount()

        def deleted(_result: object) -> None:
            tell(self, self.tr("Deleted the event “{title}” with its registrations.").format(title=title))
            self.refresh(max(0, row_after_removal(count, position)))

        self.detail = None
        self.attendance.pending = {}  # the event is gone: nothing left to save
        self.change(lambda ctx: ev.delete_event(ctx, event_id), deleted)

    def pick_persons(self) -> None:
        event_id = self._selected_event()
        if event_id is None:
            return
        picker = PersonPicker(self.ctx, self)
        if picker.exec():
            ids = picker.selected_ids()
            if ids:
                self.change(lambda ctx: ev.register_persons(ctx, event_id, ids))

    def new_person(self) -> None:
        event_id = self._selected_event()
        dialog = NewPersonDialog(self)
        if event_id and dialog.exec() and dialog.draft is not None:
            draft = dialog.draft
            self.change(lambda ctx: ev.register_new_person(ctx, event_id, draft))

    def remove_participants(self) -> None:
        rows = sorted({i.row() for i in self.participant_view.selectionModel().selectedRows()})
        ids = [self.participants.row_at(r).registration_id for r in rows]
        event_id = self._selected_event()
        if not ids or event_id is None:
            return
        self.change(lambda ctx: ev.unregister_many(ctx, event_id, ids))

    def erase_participant(self) -> None:
        rows = sorted({i.row() for i in self.participant_view.selectionModel().selectedRows()})
        if len(rows) != 1:
            QMessageBox.information(
                self, self.tr("Erase personal data"), self.tr("Choose the one participant whose data is erased.")
            )
            return
        person = self.participants.row_at(rows[0])
        reason = ask_reason(
            self,
            self.tr("Erase personal data"),
            self.tr("Erase {name}'s personal data (name, e-mail, phone, role, gender, consent) from the record, its history and the files kept with it? The registration stays, shown as erased, and the erasure reaches the other offices in bundles. This cannot be undone.\n\nOn whose request, and why?").format(name=person.name),
            self.tr("Erase"),
        )
        if reason is None:
            return
        if not reason.strip():
            QMessageBox.information(
                self, self.tr("Erase personal data"), self.tr("An erasure needs a reason; nothing was erased.")
            )
            return
        self.change(lambda ctx: erase_person(ctx, person.person_id, reason.strip()))

    def save_attendance(self) -> None:
        event_id = self._selected_event()
        marks = self.attendance.marks()
        if event_id and marks:
            self.change(
                lambda ctx: ev.record_attendance(ctx, event_id, marks),
                lambda _result: self._attendance_saved(event_id),
            )

    def _attendance_saved(self, event_id: str) -> None:
        """The saved ticks are read back with the event: none is pending any more."""
        if self.detail is not None and self.detail.id == event_id:
            self.attendance.beginResetModel()
            self.attendance.pending = {}
            self.attendance.endResetModel()
            self._update_counts()

    def add_walk_in(self) -> None:
        event_id = self._selected_event()
        dialog = NewPersonDialog(self, walk_in=True)
        if event_id and dialog.exec() and dialog.draft is not None:
            draft = dialog.draft
            self.change(lambda ctx: ev.add_walk_in(ctx, event_id, draft), self._walk_in_done)

    def _walk_in_done(self, result: ev.WalkInResult) -> None:
        if result.matched_existing:
            QMessageBox.information(
                self, self.tr("Walk-in"), self.tr("This person was already a contact; the contact was registered.")
            )

    def attach_sheet(self) -> None:
        event_id = self._selected_event()
        name, _f = QFileDialog.getOpenFileName(
            self, self.tr("Scanned signed sheet"), "", self.tr("PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)")
        )
        if event_id and name:
            self.change(lambda ctx: ev.attach_scanned_sheet(ctx, event_id, Path(name)))

    def preview_sheet(self) -> None:
        if self.detail is None:
            return
        detail = self.detail
        options = SheetOptions(self.blank_rows.value(), self.landscape.isChecked())
        if detail.is_online:
            title = self.tr("The online attendance record: {title}").format(title=detail.title)
            preparing = self.tr("Preparing the online attendance record…")
        else:
            title = self.tr("The attendance sheet: {title}").format(title=detail.title)
            preparing = self.tr("Preparing the attendance sheet…")

        def show(rendered: Any) -> None:
            PdfPreviewDialog(title, rendered.data, "attendance-sheet.pdf", self).exec()

        now = self.ctx.now()  # the sheet's generation stamp
        run_in_background(
            self,
            lambda _p, _c: render_attendance(detail, now, options),
            on_success=show,
            progress_label=preparing,
        )

    def export_workbook(self) -> None:
        name, _f = QFileDialog.getSaveFileName(
            self, self.tr("Export events"), "events.xlsx", self.tr("Excel (*.xlsx)")
        )
        if not name:
            return
        include = include_anyway(
            self,
            self.tr("Participants' e-mail and gender"),
            self.tr("The workbook lists participants by name, organisation and country, with the "
            "figures and breakdowns for the report; e-mail addresses and each person's "
            "gender are left out.\n\n"
            "Include them anyway? Only do so when the reader needs to write to the "
            "participants; the workbook's summary says which list it holds."),
        )
        self.export_to(Path(name), include)

    def export_to(self, path: Path, full_list: bool = False) -> None:
        def done(result: Any) -> None:
            if result.full_list:
                text = self.tr(
                    "Wrote {events} events and {participants} participants "
                    "(with e-mail addresses and gender)."
                )
            else:
                text = self.tr(
                    "Wrote {events} events and {participants} participants "
                    "(without e-mail addresses or gender)."
                )
            shown = text.format(
                events=number_text(result.events), participants=number_text(result.participants)
            )
            tell_written(self, shown, path)

        ctx = self.ctx
        run_in_background(
            self,
            lambda _p, _c: export_events(ctx, path, full_list=full_list),
            on_success=done,
            progress_label=self.tr("Writing the workbook…"),
        )
