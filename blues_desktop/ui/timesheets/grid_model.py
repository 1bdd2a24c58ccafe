"""The month grid as a table model: rows are the work packages, other work, the day's
total and the absences; columns are the days and the row totals.

Edits stay in the model (a copy of the month's hours) until saved; every edit re-runs
the auditors' checks, so a problem shows at its cell (colour and tooltip) at once.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from blues_desktop.domain.timesheets import (
    ABSENCE_ROWS,
    SHORT_LABELS,
    WORK_ROWS,
    Month,
    MonthHours,
    cell_field,
    check_month,
    parse_hours,
)
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP
from blues_desktop.domain.validation import Severity, ValidationReport
from blues_desktop.services.timesheets import MonthSheet
from blues_desktop.ui import i18n
from blues_desktop.ui.locale_format import day_text, decimal_text, weekday_date_text, weekday_text
from blues_desktop.ui.messages import say

TOTAL_ROW = "TOTAL"
ROW_ORDER: tuple[str, ...] = (*WORK_ROWS, TOTAL_ROW, *ABSENCE_ROWS)
ROW_LABELS = {**SHORT_LABELS, TOTAL_ROW: QT_TRANSLATE_NOOP("MonthGridModel", "Total worked")}

WEEKEND = QColor("#e4e4e4")
HOLIDAY = QColor("#d2dcf0")
NOT_EMPLOYED = QColor("#c8c8c8")
ERROR = QColor("#f4b6b6")
WARNING = QColor("#fbe7a6")
TOTAL = QColor("#eef1f5")

Index = QModelIndex | QPersistentModelIndex


def hours_text(hours: Decimal) -> str:
    """Hours as typed and shown in a cell: "7.5", "7,5"; empty for none."""
    return decimal_text(hours) if hours else ""


def row_label(code: str) -> str:
    if code == TOTAL_ROW:
        return QCoreApplication.translate("MonthGridModel", ROW_LABELS[code])
    return i18n.label(ROW_LABELS[code])  # the domain's labels, in the window's language


class MonthGridModel(QAbstractTableModel):
    """One person's month; `hours` holds the edits, `report` the current checks."""

    problem = Signal(str)  # an entry that was refused, said in words
    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sheet: MonthSheet | None = None
        self.hours = MonthHours(Month(1970, 1))  # replaced by `load`
        self.report = ValidationReport()
        self.dirty = False
        # Set when the last typed value was refused, so the view keeps the cursor there.
        self.refused = False
        self._messages: dict[str, list[tuple[Severity, str]]] = {}

    # loading ----------------------------------------------------------------
    def load(self, sheet: MonthSheet | None) -> None:
        self.beginResetModel()
        self.sheet = sheet
        if sheet is not None:
            self.hours = MonthHours(sheet.month, dict(sheet.hours.cells), sheet.hours.note)
            self._set_report(sheet.report)
        else:
            self._set_report(ValidationReport())
        self.dirty = False
        self.endResetModel()

    def _set_report(self, report: ValidationReport) -> None:
        self.report = report
        self._messages = {}
        for result in report.results:
            self._messages.setdefault(result.field, []).append((result.severity, say(result.message)))

    def recheck(self) -> None:
        if self.sheet is None:
            return
        self._set_report(check_month(self.sheet.terms, self.hours, self.sheet.holidays))
        self._refresh_all()

    def set_note(self, note: str) -> None:
        if self.sheet is not None and note != self.hours.note:
            self.hours.note = note
            self.dirty = True
            self.recheck()
            self.edited.emit()

    # shape --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.sheet is None else len(ROW_ORDER)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.sheet is None else len(self.sheet.days) + 1

    def row_code(self, row: int) -> str:
        return ROW_ORDER[row]

    def day_at(self, column: int) -> date | None:
        if self.sheet is None or column >= len(self.sheet.days):
            return None
        return self.sheet.days[column].day

    def is_editable(self, index: Index) -> bool:
        if self.sheet is None or not self.sheet.editable or not index.isValid():
            return False
        code = self.row_code(index.row())
        if code == TOTAL_ROW or index.column() >= len(self.sheet.days):
            return False
        return self.sheet.days[index.column()].employed

    # reading ------------------------------------------------------------------
    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.sheet is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return row_label(ROW_ORDER[section])
            if role == Qt.ItemDataRole.FontRole and ROW_ORDER[section] == TOTAL_ROW:
                return _bold()
            return None
        if section >= len(self.sheet.days):
            return self.tr("Total") if role == Qt.ItemDataRole.DisplayRole else None
        info = self.sheet.days[section]
        if role == Qt.ItemDataRole.DisplayRole:
            # at most three letters over a day's narrow column ("niedz." had been cut)
            short = weekday_text(info.day.weekday()).rstrip(".")[:3]
            return "\n".join((str(info.day.day), short))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [weekday_date_text(info.day)]
            if info.holiday:
                lines.append(self.tr("Public holiday: {name}").format(name=info.holiday))
            if not info.employed:
                lines.append(self.tr("Outside the employment dates"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole:
            return _day_brush(info.holiday, info.weekend, info.employed)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.sheet is None or not index.isValid():
            return None
        code = self.row_code(index.row())
        column = index.column()
        days = self.sheet.days
        is_total_column = column >= len(days)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._value_text(code, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and (is_total_column or code == TOTAL_ROW):
            return _bold()
        if is_total_column:
            return QBrush(TOTAL) if role == Qt.ItemDataRole.BackgroundRole else None
        info = days[column]
        messages = self._cell_messages(info.day, code)
        if role == Qt.ItemDataRole.BackgroundRole:
            if any(s is Severity.ERROR for s, _m in messages):
                return QBrush(ERROR)
            if messages:
                return QBrush(WARNING)
            if code == TOTAL_ROW:
                return QBrush(TOTAL)
            return _day_brush(info.holiday, info.weekend, info.employed)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [", ".join((day_text(info.day), row_label(code)))]
            if info.holiday:
                lines.append(self.tr("Public holiday: {name}").format(name=info.holiday))
            lines += [m for _s, m in messages]
            return "\n".join(lines)
        return None

    def _value_text(self, code: str, column: int, for_edit: bool) -> str:
        assert self.sheet is not None
        if column >= len(self.sheet.days):
            total = self.hours.worked_hours if code == TOTAL_ROW else self.hours.row_total(code)
            return decimal_text(total, 2)
        day = self.sheet.days[column].day
        value = self.hours.day_total(day) if code == TOTAL_ROW else self.hours.get(day, code)
        return hours_text(value) if value or not for_edit else ""

    def _cell_messages(self, day: date, code: str) -> list[tuple[Severity, str]]:
        if code == TOTAL_ROW:
            return self._messages.get(f"{day.isoformat()} total", [])
        return self._messages.get(cell_field(day, code), [])

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.is_editable(index):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    # editing --------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not self.is_editable(index):
            return False
        day = self.day_at(index.column())
        code = self.row_code(index.row())
        assert day is not None
        try:
            hours = parse_hours(value)
        except ValueError as exc:
            self.refused = True
            # the cell and the problem (a sentence of the domain's): nothing to translate
            self.problem.emit(f"{day_text(day)}, {row_label(code)}: {say(exc)}")
            return False
        self.refused = False
        return self.set_cells([((day, code), hours)]) > 0

    def set_cells(self, changes: list[tuple[tuple[date, str], Decimal]]) -> int:
        """Apply several cell changes at once (fill, copy, clear); returns how many changed."""
        if self.sheet is None or not self.sheet.editable:
            return 0
        employed = {d.day for d in self.sheet.days if d.employed}
        count = 0
        for (day, code), hours in changes:
            if day in employed and self.hours.get(day, code) != hours:
                self.hours.set(day, code, hours)
                count += 1
        if count:
            self.dirty = True
            self.recheck()
            self.edited.emit()
        return count

    def clear(self, indexes: list[QModelIndex]) -> int:
        changes = []
        for index in indexes:
            day = self.day_at(index.column())
            if day is not None and self.is_editable(index):
                changes.append(((day, self.row_code(index.row())), Decimal(0)))
        return self.set_cells(changes)

    def _refresh_all(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )


def _day_brush(holiday: str | None, weekend: bool, employed: bool) -> QBrush | None:
    if not employed:
        return QBrush(NOT_EMPLOYED)
    if holiday:
        return QBrush(HOLIDAY)
    if weekend:
        return QBrush(WEEKEND)
    return None


_BOLD: QFont | None = None


def _bold() -> QFont:
    global _BOLD
    if _BOLD is None:
        _BOLD = QFont()
        _BOLD.setBold(True)
    return _BOLD
