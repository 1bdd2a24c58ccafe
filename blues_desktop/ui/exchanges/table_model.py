"""The exchanges list as a lazy table model: rows are fetched a page at a time."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from blues_desktop.domain.exchanges.workflow import STATE_LABELS, State
from blues_desktop.services.context import AppContext
from blues_desktop.services.exchanges import ExchangeFilter, ExchangeRow
from blues_desktop.services.exchanges.queries import count_in, rows_in

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    REFERENCE = 0
    STATE = 1
    OFFICE = 2
    VISITOR = 3
    HOST = 4
    COUNTRIES = 5
    START = 6
    DAYS = 7
    LUMP_SUM = 8


HEADERS = {
    Column.REFERENCE: "Reference",
    Column.STATE: "State",
    Column.OFFICE: "Partnership",
    Column.VISITOR: "Visiting organisation",
    Column.HOST: "Host",
    Column.COUNTRIES: "Countries",
    Column.START: "First day",
    Column.DAYS: "Days",
    Column.LUMP_SUM: "Lump sum (EUR)",
}


def _cell(row: ExchangeRow, column: Column) -> str:
    match column:
        case Column.REFERENCE:
            return row.reference
        case Column.STATE:
            return STATE_LABELS[State(row.state)]
        case Column.OFFICE:
            return row.visitor_partnership
        case Column.VISITOR:
            return row.visitor_name
        case Column.HOST:
            return row.host_name or "—"
        case Column.COUNTRIES:
            return f"{row.visitor_country} → {row.host_country or '?'}"
        case Column.START:
            return row.start_date.isoformat() if row.start_date else ""
        case Column.DAYS:
            return "" if row.working_days is None else str(row.working_days)
        case Column.LUMP_SUM:
            return "" if row.lump_sum is None else f"{row.lump_sum:,.2f}"


class ExchangeTableModel(QAbstractTableModel):
    """Knows the total count; holds only the pages the view has scrolled to."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.filter = ExchangeFilter()
        self.total = 0
        self.rows: list[ExchangeRow] = []

    def set_filter(self, flt: ExchangeFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        with self.ctx.read() as session:
            self.total = count_in(session, self.filter)
            self.rows = rows_in(session, self.filter, 0, PAGE_SIZE)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        with self.ctx.read() as session:
            more = rows_in(session, self.filter, len(self.rows), PAGE_SIZE)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(row, Column(index.column()))
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (
            Column.DAYS,
            Column.LUMP_SUM,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None

    def row_at(self, position: int) -> ExchangeRow | None:
        return self.rows[position] if 0 <= position < len(self.rows) else None
