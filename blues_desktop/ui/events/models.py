"""Qt table models of the Events page: events, participants, the attendance grid and
the lazily fetched register of persons."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from blues_desktop.domain.events import EVENT_TYPES
from blues_desktop.domain.offices import OFFICE_CODES
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP
from blues_desktop.services.context import AppContext
from blues_desktop.services.events import (
    EventDetail,
    EventRow,
    Mark,
    Participant,
    PersonChoice,
    count_persons,
    search_persons,
)
from blues_desktop.ui import i18n
from blues_desktop.ui.locale_format import date_text, day_text
from blues_desktop.ui.paged_model import PagedTableModel, PageQuery
from blues_desktop.ui.rows_model import RowsModel as _RowsModel

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ROOT = QModelIndex()
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def event_type_text(code: str) -> str:
    return i18n.label(EVENT_TYPES.get(code, code))


class EventListModel(_RowsModel):
    # The work package and the place are in the chosen event's heading beside the list:
    # the list keeps its width for the title.
    headers = (QT_TRANSLATE_NOOP("EventListModel", "Start"), QT_TRANSLATE_NOOP("EventListModel", "Title"), QT_TRANSLATE_NOOP("EventListModel", "Type"), QT_TRANSLATE_NOOP("EventListModel", "Office"), QT_TRANSLATE_NOOP("EventListModel", "Registered"))

    # The title takes the list's room left by the others; shortened, whole in the tooltip.
    SHARED = (1,)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or role not in (DISPLAY, TOOLTIP):
            return None
        if role == TOOLTIP and index.column() not in self.SHARED:
            return None
        r: EventRow = self._rows[index.row()]
        values = (
            date_text(r.start_date),
            r.title,
            event_type_text(r.event_type),
            r.office_id,
            r.registered,
        )
        return values[index.column()]

    @staticmethod
    def widest_values() -> dict[int, list[str]]:
        """The widest text each short column shows, for its width."""
        return {
            0: [date_text(date(2026, 12, 28))],
            2: [event_type_text(code) for code in EVENT_TYPES],
            3: list(OFFICE_CODES),
            4: ["0000"],
        }


class ParticipantsModel(_RowsModel):
    headers = (QT_TRANSLATE_NOOP("ParticipantsModel", "No."), QT_TRANSLATE_NOOP("ParticipantsModel", "Name"), QT_TRANSLATE_NOOP("ParticipantsModel", "Organisation"), QT_TRANSLATE_NOOP("ParticipantsModel", "Country"), QT_TRANSLATE_NOOP("ParticipantsModel", "E-mail"), QT_TRANSLATE_NOOP("ParticipantsModel", "Walk-in"))

    # The name, the organisation and the e-mail share the panel's room; they and a
    # country's long name are shortened, whole in the tooltip.
    SHARED = (1, 2, 4)
    COUNTRY = 3

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or role not in (DISPLAY, TOOLTIP):
            return None
        p: Participant = self._rows[index.row()]
        if role == TOOLTIP and index.column() not in (*self.SHARED, self.COUNTRY):
            return None
        values = (
            index.row() + 1,
            p.name,
            p.organisation,
            i18n.country_text(p.country),
            p.email,
            self.tr("yes") if p.walk_in else "",
        )
        return values[index.column()]

    def widest_values(self) -> dict[int, list[str]]:
        """The widest text each short column shows, for its width."""
        # the partnership's own countries whole; a longer name is shortened
        countries = [i18n.country_text(code) for code in ("DE", "CZ", "PL", "ES", "FR")]
        return {0: ["000"], self.COUNTRY: countries, 5: [self.tr("yes")]}


class AttendanceModel(QAbstractTableModel):
    """Participants down, days across; a day cell is ticked (present) or not. Online
    events also take a join time typed as HH:MM. Edits are kept until saved."""

    def __init__(self) -> None:
        super().__init__()
        self.detail: EventDetail | None = None
        self.pending: dict[tuple[str, str], tuple[bool, str | None]] = {}
        self.read_only = False

    def load(self, detail: EventDetail | None, *, read_only: bool = False) -> None:
        self.beginResetModel()
        self.detail = detail
        self.pending = {}
        self.read_only = read_only
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.detail is None else len(self.detail.participants)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.detail is None else 1 + len(self.detail.days)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        if role != DISPLAY or self.detail is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        if section == 0:
            return self.tr("Participant")
        day = self.detail.days[section - 1]
        return self.tr("Day {number}\n{date}").format(number=section, date=day_text(day.day))

    def _state(self, row: int, column: int) -> tuple[bool, str | None]:
        assert self.detail is not None
        person = self.detail.participants[row]
        day = self.detail.days[column - 1]
        key = (person.registration_id, day.id)
        if key in self.pending:
            return self.pending[key]
        return person.present.get(day.id, False), person.joined_at.get(day.id)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 or self.read_only:
            return base
        extra = Qt.ItemFlag.ItemIsUserCheckable
        if self.detail is not None and self.detail.is_online:
            extra |= Qt.ItemFlag.ItemIsEditable
        return base | extra

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or self.detail is None:
            return None
        if index.column() == 0:
            if role == DISPLAY:
                p = self.detail.participants[index.row()]
                return f"{p.name} ({p.organisation})" if p.organisation else p.name
            return None
        present, joined = self._state(index.row(), index.column())
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        if role in (DISPLAY, Qt.ItemDataRole.EditRole):
            return joined or ("present" if present else "")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() == 0 or self.detail is None or self.read_only:
            return False
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            return self.set_present(index.row(), index.column(), checked)
        if role == Qt.ItemDataRole.EditRole:
            text = str(value).strip()
            if text and not _HHMM.match(text):
                return False
            return self.set_present(index.row(), index.column(), bool(text), text or None)
        return False

    def set_present(self, row: int, column: int, present: bool, joined: str | None = None) -> bool:
        assert self.detail is not None
        person = self.detail.participants[row]
        day = self.detail.days[column - 1]
        self.pending[(person.registration_id, day.id)] = (present, joined if present else None)
        index = self.index(row, column)
        self.dataChanged.emit(index, index)
        return True

    def toggle(self, row: int, column: int) -> None:
        if column == 0 or self.read_only or self.detail is None:
            return
        present, joined = self._state(row, column)
        self.set_present(row, column, not present, joined)

    def marks(self) -> list[Mark]:
        return [
            Mark(reg, day, present, joined)
            for (reg, day), (present, joined) in self.pending.items()
        ]

    def present_count(self, column: int) -> int:
        return sum(1 for row in range(self.rowCount()) if self._state(row, column)[0])


class PersonPickerModel(PagedTableModel[PersonChoice]):
    """The register's persons, fetched a page at a time as the view scrolls."""

    headers = (QT_TRANSLATE_NOOP("PersonPickerModel", "Name"), QT_TRANSLATE_NOOP("PersonPickerModel", "Organisation"), QT_TRANSLATE_NOOP("PersonPickerModel", "Country"), QT_TRANSLATE_NOOP("PersonPickerModel", "E-mail"))

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.text = ""

    def search(self, text: str) -> None:
        self.text = text.strip()
        self.reload()

    def query(self) -> PageQuery[PersonChoice]:
        ctx, text = self.ctx, self.text or None
        return PageQuery(
            lambda: count_persons(ctx, text),
            lambda offset, limit: search_persons(ctx, text, offset=offset, limit=limit),
        )

    def cell(self, row: PersonChoice, column: int, role: int) -> Any:
        if role != DISPLAY:
            return None
        return (row.name, row.organisation, i18n.country_text(row.country), row.email)[column]

    def person_at(self, row: int) -> PersonChoice:
        return self.rows[row]
