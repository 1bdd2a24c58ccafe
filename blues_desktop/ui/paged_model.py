"""The one lazy, paged table model: the total is counted once, rows arrive a page at a
time as the view scrolls (Qt's canFetchMore / fetchMore), so a list of 100,000 rows
costs one page to show.

The GUI thread does no database work. A subclass names its reads as a `PageQuery`
(a count and a page of `PAGE_SIZE` rows, service calls bound on the GUI thread to
what the list shows now: the context, the filter). `reload()` and `fetchMore()` hand
them to the reader lane of the background runner (`ui/operations.py`, `run_read`),
which runs beside the writer, so a scroll never waits behind a long import; the rows
are inserted when they arrive. Promises:
- one read at a time: while a page is on its way `canFetchMore` says no and
  `fetchMore` does nothing (`loading` is True);
- a reload makes the pages asked for before it stale (a generation counter): a stale
  answer is dropped, and the rows shown stay until the new first page arrives; an
  earlier reload's read that has not begun yet is skipped (a page set up sorts and
  filters its list several times before the first read can run);
- `loaded` is emitted when a reload's first page has arrived (`total` is then true).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from blues_desktop.domain.cancel import CancelToken
from blues_desktop.ui.i18n import translated_header
from blues_desktop.ui.operations import run_read, show_error

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
ROOT = QModelIndex()
PAGE_SIZE = 200  # rows read at a time, for every lazy list of the window

Row = TypeVar("Row")


@dataclass(frozen=True)
class PageQuery(Generic[Row]):
    """What one list reads, bound when it is asked for: run on the reader lane."""

    count: Callable[[], int]
    page: Callable[[int, int], list[Row]]  # (offset, limit) -> rows


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Subclasses give `headers`, `query` and `cell`; `reload` shows page one."""

    headers: tuple[str, ...] = ()
    loaded = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.total = 0
        self.rows: list[Row] = []
        self.generation = 0  # which reload the rows belong to; older answers are stale
        self.loading = False  # a read is on its way: never two at once
        self._query: PageQuery[Row] | None = None
        self._reloading: CancelToken | None = None  # the last reload's read

    # what a subclass reads (service calls) and shows --------------------------------
    def query(self) -> PageQuery[Row]:
        """The list's reads, bound now to what it shows (called on the GUI thread)."""
        raise NotImplementedError

    def cell(self, row: Row, column: int, role: int) -> Any:
        """What `row` shows in `column` for `role` (None: nothing)."""
        raise NotImplementedError

    # the paging ---------------------------------------------------------------------
    def reload(self) -> None:
        """Count again and show the first page, read in the background; a page still on
        its way from before is dropped when it arrives."""
        self.generation += 1
        generation, query = self.generation, self.query()
        self._query = query
        self.loading = True
        if self._reloading is not None:
            self._reloading.cancel()  # its answer would be dropped: not read at all

        def first_page(_p: object, cancel: CancelToken) -> tuple[int, list[Row]]:
            cancel.raise_if_cancelled()  # a newer reload came before this read began
            total = query.count()
            cancel.raise_if_cancelled()
            return total, query.page(0, PAGE_SIZE) if total else []

        self._reloading = run_read(
            self,
            first_page,
            on_success=lambda answer: self._first_page_arrived(generation, answer),
            on_failure=lambda exc: self._failed(generation, exc),
        )

    def _first_page_arrived(self, generation: int, answer: tuple[int, list[Row]]) -> None:
        if generation != self.generation:
            return
        self.beginResetModel()
        self.total, self.rows = answer
        self.loading = False
        self.endResetModel()
        self.loaded.emit()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and not self.loading and len(self.rows) < self.total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        """Ask for the next page; its rows are inserted when they arrive."""
        if not self.canFetchMore(parent) or self._query is None:
            return
        generation, query, offset = self.generation, self._query, len(self.rows)
        self.loading = True
        run_read(
            self,
            lambda _p, _c: query.page(offset, PAGE_SIZE),
            on_success=lambda more: self._page_arrived(generation, offset, more),
            on_failure=lambda exc: self._failed(generation, exc),
        )

    def _page_arrived(self, generation: int, offset: int, more: list[Row]) -> None:
        if generation != self.generation:
            return
        self.loading = False
        if offset != len(self.rows):
            return
        if not more:  # rows were deleted since the count: stop asking
            self.total = len(self.rows)
            return
        self.beginInsertRows(ROOT, len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def _failed(self, generation: int, exc: BaseException) -> None:
        """A read that failed: the list stays as it was, and the user is told."""
        if generation == self.generation:
            self.loading = False
        show_error(None, exc)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return translated_header(self, section)
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.cell(self.rows[index.row()], index.column(), role)

    def row_at(self, position: int) -> Row | None:
        return self.rows[position] if 0 <= position < len(self.rows) else None
