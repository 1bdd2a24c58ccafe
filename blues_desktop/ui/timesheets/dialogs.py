"""Dialogs of the Timesheets page: a staff member's details and contract, the typical
week to fill a month from, approving a month for many staff, and the planned effort."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.domain.offices import OFFICE_CODES
from blues_desktop.domain.timesheets import (
    BLUES_ROWS,
    DEFAULT_ANNUAL_PRODUCTIVE_HOURS,
    SHORT_LABELS,
    SUBMITTED,
    WORK_ROWS,
    MonthStatus,
    parse_hours,
    regions_of,
)
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services.timesheets import StaffDraft, StaffRow
from blues_desktop.services.timesheets.staff import check_staff
from blues_desktop.ui import i18n
from blues_desktop.ui.choices import region_box
from blues_desktop.ui.dialog_buttons import dialog_buttons
from blues_desktop.ui.form_errors import FormErrors
from blues_desktop.ui.forms import combo, date_edit, pydate
from blues_desktop.ui.geometry import remember_geometry
from blues_desktop.ui.locale_format import decimal_text, weekday_text
from blues_desktop.ui.messages import say
from blues_desktop.ui.timesheets.labels import status_text


class StaffDialog(QDialog):
    """Name, role, e-mail, employment dates, contract hours, supervisor, holiday region."""

    def __init__(
        self,
        parent: QWidget | None,
        country: str,
        staff: list[StaffRow],
        current: StaffRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit staff member") if current else self.tr("New staff member"))
        self.country = country
        self.draft: StaffDraft | None = None
        first, _sep, last = (current.name if current else "").partition(" ")
        self.first_name = QLineEdit(first)
        self.last_name = QLineEdit(last)
        self.role = QLineEdit(current.role if current else "")
        self.email = QLineEdit(current.email if current else "")
        self.start = date_edit(current.employment_start if current else date.today())
        self.has_end = QCheckBox(self.tr("Employment ends on"))
        self.end = date_edit(
            current.employment_end if current and current.employment_end else date.today()
        )
        self.has_end.setChecked(bool(current and current.employment_end))
        self.end.setEnabled(self.has_end.isChecked())
        self.has_end.toggled.connect(self.end.setEnabled)
        self.weekly = QDoubleSpinBox()
        self.weekly.setRange(0.25, 60)
        self.weekly.setSingleStep(0.25)
        self.weekly.setSuffix(self.tr(" h"))
        self.weekly.setValue(float(current.weekly_hours) if current else 40.0)
        self.annual = QDoubleSpinBox()
        self.annual.setRange(100, 2200)
        self.annual.setDecimals(2)
        self.annual.setSuffix(self.tr(" h"))
        self.annual.setValue(
            float(current.annual_productive_hours if current else DEFAULT_ANNUAL_PRODUCTIVE_HOURS)
        )
        choices = {"": self.tr("(none)")} | {
            s.id: s.name for s in staff if current is None or s.id != current.id
        }
        self.supervisor = combo(choices, current.supervisor_id if current else "")
        self.region = region_box(country, regions_of(country), current.region if current else "")
        form = QFormLayout()
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("Last name"), self.last_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Employed from"), self.start)
        form.addRow(self.has_end, self.end)
        form.addRow(self.tr("Contract hours a week"), self.weekly)
        form.addRow(self.tr("Annual productive hours"), self.annual)
        form.addRow(self.tr("Supervisor"), self.supervisor)
        form.addRow(self.tr("Public holidays of region"), self.region)
        note = QLabel(
            self.tr("The name, role and e-mail are kept for the grant's timesheets (employment "
            "contract and EU reporting). “Erase personal data…” removes them on request; "
            "the hours stay, as the grant's accounting records.")
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        self.errors = FormErrors(
            form,
            {
                "first_name": self.first_name, "last_name": self.last_name,
                "email": self.email, "employment_start": self.start,
                "employment_end": self.end, "weekly_hours": self.weekly,
                "annual_productive_hours": self.annual, "supervisor_id": self.supervisor,
                "region": self.region,
            },
        )  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.errors.general)
        layout.addWidget(dialog_buttons(self, self.tr("Save")))

    def accept(self) -> None:
        draft = StaffDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            role=self.role.text(),
            email=self.email.text(),
            employment_start=pydate(self.start.date()),
            employment_end=pydate(self.end.date()) if self.has_end.isChecked() else None,
            weekly_hours=Decimal(str(self.weekly.value())),
            annual_productive_hours=Decimal(str(self.annual.value())),
            supervisor_id=self.supervisor.currentData() or None,
            region=self.region.currentData() or "",
        )
        if not self.errors.show(check_staff(draft, self.country)):
            return
        self.draft = draft
        super().accept()


class TypicalWeekDialog(QDialog):
    """Hours per weekday and row; filling puts them on every empty working day."""

    def __init__(self, parent: QWidget | None, start: dict[int, dict[str, Decimal]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fill from a typical week"))
        self.week: dict[int, dict[str, Decimal]] | None = None
        self.rows = list(WORK_ROWS)
        self.table = QTableWidget(len(self.rows), 5)
        self.table.setHorizontalHeaderLabels([weekday_text(d, short=False) for d in range(5)])
        self.table.setVerticalHeaderLabels([i18n.label(SHORT_LABELS[r]) for r in self.rows])
        for r, row in enumerate(self.rows):
            for weekday in range(5):
                value = start.get(weekday, {}).get(row, Decimal(0))
                item = QTableWidgetItem(decimal_text(value) if value else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, weekday, item)
        self.table.resizeColumnsToContents()
        self.errors = FormErrors()  # a grid: the messages name their cell, under it
        hint = QLabel(
            self.tr("Empty working days of the month get these hours; days with hours, absences, "
            "public holidays (which get the public holiday row) and weekends stay as they are.")
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addWidget(self.errors.general)
        layout.addWidget(dialog_buttons(self, self.tr("Fill empty days")))
        remember_geometry(self, "typical_week", 720, 320)

    def accept(self) -> None:
        report = ValidationReport()
        week: dict[int, dict[str, Decimal]] = {}
        for r, row in enumerate(self.rows):
            for weekday in range(5):
                item = self.table.item(r, weekday)
                text = item.text() if item else ""
                try:
                    value = parse_hours(text)
                except ValueError as exc:
                    report.error(
                        f"{weekday} {row}",
                        # the cell and the problem (the domain's sentence, said in the
                        # window's language): fields only, nothing to translate
                        f"{weekday_text(weekday, short=False)}, {i18n.label(SHORT_LABELS[row])}: "
                        f"{say(exc)}",
                    )
                    continue
                if value:
                    week.setdefault(weekday, {})[row] = value
        if not self.errors.show(report):
            return
        self.week = week
        super().accept()


class ApproveManyDialog(QDialog):
    """Pick the staff whose month to approve; submitted months are ticked."""

    def __init__(
        self,
        parent: QWidget | None,
        month_label: str,
        choices: list[tuple[str, str, MonthStatus | None]],
    ) -> None:
        """`choices`: (staff id, name, the month's status; None when not started)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approve {month_label}").format(month_label=month_label))
        self.list = QListWidget()
        for staff_id, name, status in choices:
            item = QListWidgetItem(" — ".join((name, status_text(status))))  # no words
            item.setData(Qt.ItemDataRole.UserRole, staff_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if status is SUBMITTED else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self.submit_first = QCheckBox(self.tr("Submit drafts on the person's behalf first"))
        hint = QLabel(
            self.tr(
                "Each ticked timesheet for {month} is approved and locked if it passes the "
                "checks; the others are listed with the reason and stay as they are."
            ).format(month=month_label)
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        layout.addWidget(self.submit_first)
        layout.addWidget(dialog_buttons(self, self.tr("Approve")))

    def selected(self) -> list[str]:
        return [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]


class PlannedEffortDialog(QDialog):
    """The coordinator's plan: person-months per office and work package."""

    def __init__(self, parent: QWidget | None, plan: dict[tuple[str, str], Decimal]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Planned effort (person-months)"))
        self.plan: dict[tuple[str, str], Decimal] | None = None
        self.table = QTableWidget(len(OFFICE_CODES), len(BLUES_ROWS))
        self.table.setHorizontalHeaderLabels(list(BLUES_ROWS))
        self.table.setVerticalHeaderLabels(list(OFFICE_CODES))
        for r, office in enumerate(OFFICE_CODES):
            for c, wp in enumerate(BLUES_ROWS):
                value = plan.get((office, wp))
                text = "" if value is None else decimal_text(value, 2)
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.errors = FormErrors()  # a grid: the messages name their cell, under it
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Person-months each office plans on each work package:")))
        layout.addWidget(self.table)
        layout.addWidget(self.errors.general)
        layout.addWidget(dialog_buttons(self, self.tr("Save")))
        remember_geometry(self, "planned_effort", 640, 300)

    def accept(self) -> None:
        report = ValidationReport()
        plan: dict[tuple[str, str], Decimal] = {}
        for r, office in enumerate(OFFICE_CODES):
            for c, wp in enumerate(BLUES_ROWS):
                item = self.table.item(r, c)
                text = (item.text() if item else "").strip().replace(",", ".")
                if not text:
                    continue
                try:
                    value = Decimal(text)
                except InvalidOperation:
                    report.error(
                        f"{office} {wp}",
                        self.tr("{office} {package}: “{text}” is not a number").format(
                            office=office, package=wp, text=text
                        ),
                    )
                    continue
                if not value.is_finite() or value < 0:
                    report.error(
                        f"{office} {wp}",
                        self.tr("{office} {package}: {text} is not a number of months").format(
                            office=office, package=wp, text=text
                        ),
                    )
                    continue
                plan[(office, wp)] = value
        if not self.errors.show(report):
            return
        self.plan = plan
        super().accept()


__all__ = [
    "ApproveManyDialog",
    "PlannedEffortDialog",
    "StaffDialog",
    "TypicalWeekDialog",
]
