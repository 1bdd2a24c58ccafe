"""Dialogs of the Events page: the event editor with its days, the person picker over
the register, and the form for a new person (registration or walk-in)."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.domain.events import (
    EVENT_TYPES,
    GENDERS,
    ORG_TYPES,
    WORK_PACKAGES,
    ConsentDraft,
    DayDraft,
    EventDraft,
    PersonDraft,
    check_event,
    check_person,
)
from blues_desktop.services.context import AppContext
from blues_desktop.services.events import EventDetail
from blues_desktop.ui import i18n
from blues_desktop.ui.choices import country_box, language_box
from blues_desktop.ui.dialog_buttons import dialog_buttons
from blues_desktop.ui.events.models import PersonPickerModel
from blues_desktop.ui.form_errors import FormErrors
from blues_desktop.ui.forms import combo, errors_label, pydate, qdate
from blues_desktop.ui.geometry import remember_geometry
from blues_desktop.ui.lists import live_search, open_on_activate
from blues_desktop.ui.locale_format import grouped_count


def _day_editor() -> QDateEdit:
    editor = QDateEdit()
    editor.setDisplayFormat("yyyy-MM-dd")
    return editor


def _time_editor() -> QTimeEdit:
    editor = QTimeEdit()
    editor.setDisplayFormat("HH:mm")
    return editor


class EventEditor(QDialog):
    """Title, type, work package, dates and days, place, audience. Checked before closing."""

    def __init__(self, parent: QWidget | None, detail: EventDetail | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit event") if detail else self.tr("New event"))
        self.draft: EventDraft | None = None
        form = QFormLayout()
        self.title = QLineEdit(detail.title if detail else "")
        self.event_type = combo(i18n.labels(EVENT_TYPES), detail.event_type if detail else "workshop")
        self.work_package = combo(
            {wp: wp for wp in WORK_PACKAGES}, detail.work_package if detail else "WP2"
        )
        today = date.today()
        self.start = QDateEdit(qdate(detail.start_date if detail else today))
        self.end = QDateEdit(qdate(detail.end_date if detail else today))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.days = QTableWidget(0, 3)
        self.days.setHorizontalHeaderLabels([self.tr("Day"), self.tr("From"), self.tr("To")])
        # The day's date keeps the width its editor needs (three equal columns cut it
        # to "2026-08-0" in a narrow dialog); the times share the rest.
        header = self.days.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.days.setColumnWidth(0, _day_editor().sizeHint().width() + 4)
        self.days.setMinimumWidth(
            self.days.columnWidth(0) + 2 * _time_editor().sizeHint().width() + 24
        )
        self.days.setMaximumHeight(150)
        for day in detail.days if detail else ():
            self._add_day(day.day, day.start_time, day.end_time)
        add_day = QPushButton(self.tr("Add day"))
        add_day.clicked.connect(lambda: self._add_day(pydate(self.start.date()), time(9), time(17)))
        remove_day = QPushButton(self.tr("Remove day"))
        remove_day.clicked.connect(lambda: self.days.removeRow(self.days.currentRow()))
        day_buttons = QHBoxLayout()
        day_buttons.addWidget(add_day)
        day_buttons.addWidget(remove_day)
        day_buttons.addStretch(1)
        self.online = QCheckBox(self.tr("Online event"))
        self.online.setChecked(bool(detail and detail.is_online))
        self.online_url = QLineEdit((detail.online_url or "") if detail else "")
        self.venue = QLineEdit((detail.venue or "") if detail else "")
        self.city = QLineEdit((detail.city or "") if detail else "")
        self.country = country_box(detail.country if detail else None, optional=True)
        self.co_organisers = QLineEdit((detail.co_organisers or "") if detail else "")
        self.language = language_box((detail.language or "en") if detail else "en")
        self.target_groups = QLineEdit((detail.target_groups or "") if detail else "")
        self.description = QPlainTextEdit((detail.description or "") if detail else "")
        self.description.setMaximumHeight(70)
        self.public = QCheckBox(self.tr("Public (announced on the BLUES channels)"))
        self.public.setChecked(detail.is_public if detail else True)
        for label, widget in (
            (self.tr("Title"), self.title),
            (self.tr("Type"), self.event_type),
            (self.tr("Work package"), self.work_package),
            (self.tr("Starts"), self.start),
            (self.tr("Ends"), self.end),
        ):
            form.addRow(label, widget)
        form.addRow(self.tr("Days (empty: every date)"), self.days)
        form.addRow("", self._wrap(day_buttons))
        for label, field in (
            ("", self.online),
            (self.tr("Online link"), self.online_url),
            (self.tr("Venue"), self.venue),
            (self.tr("City"), self.city),
            (self.tr("Country"), self.country),
            (self.tr("Co-organisers"), self.co_organisers),
            (self.tr("Language"), self.language),
            (self.tr("Target groups"), self.target_groups),
            (self.tr("Description"), self.description),
            ("", self.public),
        ):
            form.addRow(label, field)
        self.errors = FormErrors(
            form,
            {
                "title": self.title, "event_type": self.event_type,
                "work_package": self.work_package, "start_date": self.start,
                "end_date": self.end, "days": self.days, "online_url": self.online_url,
                "venue": self.venue, "city": self.city, "country": self.country,
                "language": self.language,
            },
        )  # fmt: skip
        self.buttons = dialog_buttons(self, self.tr("Save"), self._check_and_accept)
        layout = QVBoxLayout(self)
        # Said when the event changes elsewhere (an imported bundle, another window)
        # while the editor is open.
        self.notice = errors_label()
        self.notice.setObjectName("changedElsewhere")
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)

    def changed_elsewhere(self, gone: bool) -> None:
        """The event was changed (or deleted) elsewhere while the editor is open."""
        self.notice.setText(
            self.tr("This event was deleted elsewhere (another window or an imported bundle) while "
            "the editor was open; saving will not bring it back.")
            if gone
            else self.tr("This event was changed elsewhere (another window or an imported bundle) "
            "while you edited it. Saving writes your version over those changes; Cancel "
            "keeps them.")
        )
        self.notice.show()

    @staticmethod
    def _wrap(layout: QHBoxLayout) -> QWidget:
        holder = QWidget()
        holder.setLayout(layout)
        return holder

    def _add_day(self, day: date, start: time | None, end: time | None) -> None:
        row = self.days.rowCount()
        self.days.insertRow(row)
        when = _day_editor()
        when.setDate(qdate(day))
        self.days.setCellWidget(row, 0, when)
        for column, value in ((1, start), (2, end)):
            edit = _time_editor()
            edit.setTime(QTime(value.hour, value.minute) if value else QTime(0, 0))
            self.days.setCellWidget(row, column, edit)

    def _day_drafts(self) -> tuple[DayDraft, ...]:
        drafts = []
        for row in range(self.days.rowCount()):
            when = self.days.cellWidget(row, 0)
            start = self.days.cellWidget(row, 1)
            end = self.days.cellWidget(row, 2)
            assert isinstance(when, QDateEdit) and isinstance(start, QTimeEdit)
            assert isinstance(end, QTimeEdit)
            begin, finish = start.time(), end.time()
            drafts.append(
                DayDraft(
                    pydate(when.date()),
                    time(begin.hour(), begin.minute()) if begin != QTime(0, 0) else None,
                    time(finish.hour(), finish.minute()) if finish != QTime(0, 0) else None,
                )
            )
        return tuple(drafts)

    def build_draft(self) -> EventDraft:
        return EventDraft(
            title=self.title.text(),
            event_type=str(self.event_type.currentData()),
            work_package=str(self.work_package.currentData()),
            start_date=pydate(self.start.date()),
            end_date=pydate(self.end.date()),
            days=self._day_drafts(),
            co_organisers=self.co_organisers.text(),
            venue=self.venue.text(),
            city=self.city.text(),
            country=self.country.currentData() or None,
            is_online=self.online.isChecked(),
            online_url=self.online_url.text(),
            language=self.language.currentData(),
            target_groups=self.target_groups.text(),
            description=self.description.toPlainText(),
            is_public=self.public.isChecked(),
        )

    def _check_and_accept(self) -> None:
        draft = self.build_draft()
        if not self.errors.show(check_event(draft)):
            return
        self.draft = draft
        self.accept()


class PersonPicker(QDialog):
    """Search the register and pick one or more persons (the list loads as it scrolls)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register persons from the member register"))
        remember_geometry(self, "person_picker", 760, 520)
        self.model = PersonPickerModel(ctx)
        self.model.loaded.connect(self._count_shown)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, e-mail or organisation…"))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.count = QLabel()
        self._timer = live_search(self.search, self._run_search)
        buttons = dialog_buttons(self, self.tr("Register selected"))
        open_on_activate(self.view, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self._run_search()

    def _run_search(self) -> None:
        self.model.search(self.search.text())

    def _count_shown(self) -> None:
        total = self.model.total
        self.count.setText(grouped_count(self.tr("%n persons match", "", total), total))

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.person_at(r).id for r in rows]


class NewPersonDialog(QDialog):
    """A participant who is not in the register; consent is asked unless a walk-in."""

    def __init__(self, parent: QWidget | None = None, *, walk_in: bool = False) -> None:
        super().__init__(parent)
        self.walk_in = walk_in
        self.setWindowTitle(self.tr("Walk-in participant") if walk_in else self.tr("New participant"))
        self.draft: PersonDraft | None = None
        self.first = QLineEdit()
        self.last = QLineEdit()
        self.email = QLineEdit()
        self.country = country_box(None, optional=True)
        self.gender = combo({"": "—", **i18n.labels(GENDERS)})
        self.organisation = QLineEdit()
        self.org_type = combo(i18n.labels(ORG_TYPES), "sme")
        self.purpose = QLineEdit("Registration and attendance records of BLUES events")
        self.consent_date = QDateEdit(QDate.currentDate())
        self.consent_date.setDisplayFormat("yyyy-MM-dd")
        self.source = QLineEdit("registration form")
        form = QFormLayout()
        for label, widget in (
            (self.tr("First name"), self.first),
            (self.tr("Last name"), self.last),
            (self.tr("E-mail"), self.email),
            (self.tr("Country"), self.country),
            (self.tr("Gender"), self.gender),
            (self.tr("Organisation"), self.organisation),
            (self.tr("Organisation type"), self.org_type),
        ):
            form.addRow(label, widget)
        if walk_in:
            note = QLabel(
                self.tr("A walk-in who matches a contact by e-mail or name is linked to that contact; "
                "the signed sheet is the consent record.")
            )
            note.setWordWrap(True)
            form.addRow(note)
        else:
            form.addRow(QLabel(self.tr("<b>GDPR consent</b>")))
            form.addRow(self.tr("Purpose"), self.purpose)
            form.addRow(self.tr("Given on"), self.consent_date)
            form.addRow(self.tr("Source"), self.source)
        fields: dict[str, QWidget] = {
            "first_name": self.first, "last_name": self.last, "email": self.email,
            "country": self.country, "gender": self.gender,
            "organisation_type": self.org_type, "consent": self.purpose,
        }  # fmt: skip
        self.errors = FormErrors(form, fields)
        act = self.tr("Add walk-in") if walk_in else self.tr("Register")
        self.buttons = dialog_buttons(self, act, self._check_and_accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)

    def build_draft(self) -> PersonDraft:
        consent = None
        if not self.walk_in:
            consent = ConsentDraft(
                self.purpose.text(), pydate(self.consent_date.date()), self.source.text()
            )
        return PersonDraft(
            first_name=self.first.text(),
            last_name=self.last.text(),
            email=self.email.text().strip() or None,
            country=self.country.currentData() or None,
            gender=str(self.gender.currentData()) or None,
            organisation_name=self.organisation.text().strip() or None,
            organisation_type=str(self.org_type.currentData()),
            consent=consent,
        )

    def _check_and_accept(self) -> None:
        draft = self.build_draft()
        if not self.errors.show(check_person(draft, walk_in=self.walk_in)):
            return
        self.draft = draft
        self.accept()


__all__ = ["EventEditor", "NewPersonDialog", "PersonPicker", "Qt"]
