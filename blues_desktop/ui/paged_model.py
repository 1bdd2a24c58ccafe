"""The one lazy, paged table model: the total is counted once, rows arrive a page at a
time as the view scrolls (Qt's canFetchMore / fetchMore), so a list of 100,000 rows
costs one page to show.

Reads go through two service calls a subclass names, `count()` and `page(offset,
limit)`: service-level paged reads that return plain rows. They run on the GUI thread
on purpose. One page is a single indexed query of PAGE_SIZE rows (milliseconds at
100,000 rows, see benchmarks/), and reads open a deferred transaction that never waits
for the write lock (WAL lets them run beside a bundle import), so a scroll never waits
for the background runner to finish a long job first.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
ROOT = QModelIndex()
PAGE_SIZE = 200  # rows read at a time, for every lazy list of the window

Row = TypeVar("Row")


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Subclasses give `headers`, `count`, `page` and `cell`; `reload` shows page one."""

    headers: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.total = 0
        self.rows: list[Row] = []

    # what a subclass reads (service calls) and shows --------------------------------
    def count(self) -> int:
        raise NotImplementedError

    def page(self, offset: int, limit: int) -> list[Row]:
        raise NotImplementedError

    def cell(self, row: Row, column: int, role: int) -> Any:
        """What `row` shows in `column` for `role` (None: nothing)."""
        raise NotImplementedError

    # the paging ---------------------------------------------------------------------
    def reload(self) -> None:
        """Count again and show the first page."""
        self.beginResetModel()
        self.total = self.count()
        self.rows = self.page(0, PAGE_SIZE) if self.total else []
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid():
            return
        more = self.page(len(self.rows), PAGE_SIZE)
        if not more:  # rows were deleted since the count: stop asking
            self.total = len(self.rows)
            return
        self.beginInsertRows(ROOT, len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.cell(self.rows[index.row()], index.column(), role)

    def row_at(self, position: int) -> Row | None:
        return self.rows[position] if 0 <= position < len(self.rows) else None
