"""Table models of the Timesheets page: the staff list and the year's effort."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from blues_desktop.domain.timesheets import APPROVED, BLUES_ROWS, MonthStatus
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP
from blues_desktop.services.timesheets import StaffRow, StaffYear, WorkPackageEffort
from blues_desktop.ui.i18n import label
from blues_desktop.ui.locale_format import date_text, decimal_text, number_text, percent_text
from blues_desktop.ui.rows_model import DISPLAY, Index, RowsModel
from blues_desktop.ui.timesheets.labels import status_text
from blues_desktop.ui.timesheets.status_marks import status_mark

ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class StaffListModel(RowsModel):
    """The office's staff: each name with the mark of the shown month's sign-off
    (status_marks.py). The sign-off's words, the weekly hours, the role and the
    supervisor are in the tooltip: beside a 31-day month in German or Polish on a
    1366-pixel laptop, the list has room for a name and its mark only."""

    headers = (QT_TRANSLATE_NOOP("StaffListModel", "Name"),)

    def __init__(self) -> None:
        super().__init__()
        self.statuses: dict[str, MonthStatus] = {}
        self.month_label = ""  # the month the statuses are of ("Listopad 2026")

    def set_statuses(self, statuses: dict[str, MonthStatus], month_label: str = "") -> None:
        self.statuses = statuses
        self.month_label = month_label or self.month_label
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    def status_words(self, row: StaffRow) -> str:
        """ "November 2026: Draft": the month shown and where its sign-off is."""
        words = status_text(self.statuses.get(row.id))
        return f"{self.month_label}: {words}" if self.month_label else words

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row: StaffRow = self.row_at(index.row())
        if role == DISPLAY:
            return row.name
        if role == Qt.ItemDataRole.DecorationRole:
            return status_mark(self.statuses.get(row.id))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.status_words(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            start = date_text(row.employment_start)
            lines = [
                self.tr("{name}, {role}, employed from {date}").format(
                    name=row.name, role=row.role, date=start
                )
                if row.role
                else self.tr("{name}, employed from {date}").format(name=row.name, date=start)
            ]
            lines.append(
                self.tr("{hours} hours a week").format(hours=decimal_text(row.weekly_hours))
            )
            if row.supervisor_name:
                lines.append(self.tr("Supervisor: {name}").format(name=row.supervisor_name))
            lines.append(self.status_words(row))
            return "\n".join(lines)
        return None


class YearStaffModel(RowsModel):
    """Per person: hours and person-months per work package in the year."""

    headers = (
        QT_TRANSLATE_NOOP("YearStaffModel", "Staff member"),
        *[f"{wp} h / PM" for wp in BLUES_ROWS],
        QT_TRANSLATE_NOOP("YearStaffModel", "BLUES PM"),
        QT_TRANSLATE_NOOP("YearStaffModel", "Declared PM"),
        QT_TRANSLATE_NOOP("YearStaffModel", "Approved months"),
    )

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        person: StaffYear = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return ALIGN_RIGHT
        if role != DISPLAY:
            return None
        wps = list(BLUES_ROWS)
        if column == 0:
            return person.name
        if column <= len(wps):
            wp = wps[column - 1]
            hours = person.hours.get(wp)
            return (
                f"{number_text(hours, 2)} / {number_text(person.person_months(wp), 2)}"
                if hours
                else ""
            )
        if column == len(wps) + 1:
            return number_text(sum(person.person_months(wp) for wp in wps), 2)
        if column == len(wps) + 2:
            return number_text(sum(person.person_months(wp, declared=True) for wp in wps), 2)
        return str(sum(1 for s in person.months.values() if s is APPROVED))


class YearPackagesModel(RowsModel):
    headers = (QT_TRANSLATE_NOOP("YearPackagesModel", "Work package"), QT_TRANSLATE_NOOP("YearPackagesModel", "Hours"), QT_TRANSLATE_NOOP("YearPackagesModel", "Person-months"), QT_TRANSLATE_NOOP("YearPackagesModel", "Declared PM"), QT_TRANSLATE_NOOP("YearPackagesModel", "Planned PM"), QT_TRANSLATE_NOOP("YearPackagesModel", "% of plan"))

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        wp: WorkPackageEffort = self.row_at(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column():
            return ALIGN_RIGHT
        if role != DISPLAY:
            return None
        match index.column():
            case 0:
                return label(BLUES_ROWS[wp.work_package])
            case 1:
                return number_text(wp.hours, 2)
            case 2:
                return number_text(wp.person_months, 2)
            case 3:
                return number_text(wp.declared_person_months, 2)
            case 4:
                return (
                    ""
                    if wp.planned_person_months is None
                    else number_text(wp.planned_person_months, 2)
                )
            case _:
                share = wp.share_of_plan
                return "" if share is None else percent_text(share / 100, 1)
