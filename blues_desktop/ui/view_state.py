"""What a person was looking at on a page, kept across a rebuild of the page (the
language switch builds every page anew): the tab shown and the row chosen in each list.

Rows are found again by the record's id (rows of `RowsModel` and `PagedTableModel`
are dataclasses with an `id`), else by the text of the first column; a list that is
still loading when the page is rebuilt selects the row when its rows arrive."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QTabWidget, QWidget

# A list whose rows have not arrived gives up waiting after this many resets.
_MAX_WAITS = 3


@dataclass(frozen=True, slots=True)
class ViewState:
    tabs: tuple[int, ...]
    rows: tuple[tuple[str, Any] | None, ...]


def _row_key(model: QAbstractItemModel, row: int) -> tuple[str, Any] | None:
    row_at = getattr(model, "row_at", None)
    if callable(row_at):
        try:
            record = row_at(row)
        except (IndexError, KeyError):
            record = None
        record_id = getattr(record, "id", None)
        if record_id is not None:
            return ("id", record_id)
    text = model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole)
    return ("text", text) if text not in (None, "") else None


def capture(page: QWidget) -> ViewState:
    tabs = tuple(t.currentIndex() for t in page.findChildren(QTabWidget))
    rows: list[tuple[str, Any] | None] = []
    for view in page.findChildren(QAbstractItemView):
        index = view.currentIndex()
        model = view.model()
        rows.append(_row_key(model, index.row()) if index.isValid() and model else None)
    return ViewState(tabs, tuple(rows))


def _find(model: QAbstractItemModel, key: tuple[str, Any]) -> int:
    for row in range(model.rowCount()):
        if _row_key(model, row) == key:
            return row
    return -1


def _select(view: QAbstractItemView, key: tuple[str, Any]) -> bool:
    model = view.model()
    row = _find(model, key) if model is not None else -1
    if row < 0:
        return False
    view.setCurrentIndex(model.index(row, 0))
    view.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
    return True


def restore(page: QWidget, state: ViewState) -> None:
    for tabs, index in zip(page.findChildren(QTabWidget), state.tabs, strict=False):
        if 0 <= index < tabs.count():
            tabs.setCurrentIndex(index)
    for view, key in zip(page.findChildren(QAbstractItemView), state.rows, strict=False):
        if key is None or _select(view, key):
            continue
        _select_when_loaded(view, key)


def _select_when_loaded(view: QAbstractItemView, key: tuple[str, Any]) -> None:
    model = view.model()
    if model is None:
        return
    waits = {"left": _MAX_WAITS}

    def try_select() -> None:
        if waits["left"] <= 0 or not shiboken6.isValid(view):
            return
        waits["left"] -= 1
        if _select(view, key):
            waits["left"] = 0
        if waits["left"] <= 0:
            model.modelReset.disconnect(arrived)
            model.rowsInserted.disconnect(arrived)

    def arrived(*_args: object) -> None:
        # After the page's own handling of the new rows (which may choose the first).
        QTimer.singleShot(0, view, try_select)

    model.modelReset.connect(arrived)
    model.rowsInserted.connect(arrived)


def current_key(view: QAbstractItemView) -> tuple[str, Any] | None:
    """The key of the row chosen in `view` (for tests and callers that compare)."""
    index: QModelIndex = view.currentIndex()
    model = view.model()
    return _row_key(model, index.row()) if index.isValid() and model else None
