"""How every list behaves, written once: search as you type (after a short pause),
double-click or Enter opens the row's record, a chosen row is selected and scrolled to,
and an empty list says what goes there and offers the action that adds one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# Long enough that a word typed at normal speed is one search, short enough to feel live.
SEARCH_DELAY_MS = 200
OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def live_search(
    edit: QLineEdit, search: Callable[[], Any], delay_ms: int = SEARCH_DELAY_MS
) -> QTimer:
    """Run `search` a moment after the user stops typing in `edit` (and at once on Enter).
    Returns the timer, so a refresh that reads the text anyway can `stop()` it."""
    timer = QTimer(edit)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(search)
    edit.textChanged.connect(lambda _text: timer.start())
    edit.setClearButtonEnabled(True)

    def now() -> None:
        timer.stop()
        search()

    edit.returnPressed.connect(now)
    return timer


class _OpenOnEnter(QObject):
    """Enter on a list opens its current row, as a double-click does."""

    def __init__(self, view: QAbstractItemView, open_row: Callable[[], Any]) -> None:
        super().__init__(view)
        self.view, self.open_row = view, open_row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in OPEN_KEYS
            and self.view.state() != QAbstractItemView.State.EditingState
            and self.view.currentIndex().isValid()
        ):
            self.open_row()
            return True
        return False


def open_on_activate(view: QAbstractItemView, open_row: Callable[[], Any]) -> None:
    """Double-click or Enter on a row opens its record (the list's Edit… action)."""
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.doubleClicked.connect(lambda index: open_row() if index.isValid() else None)
    view.installEventFilter(_OpenOnEnter(view, open_row))


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make `row` the current, selected row and scroll it into view."""
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    view.setCurrentIndex(index)
    view.scrollTo(index)


def row_after_removal(count_before: int, removed: int) -> int:
    """The row to select once row `removed` is gone: the one that took its place, or the
    last when the removed row was the last (-1 when none is left)."""
    left = count_before - 1
    return min(removed, left - 1) if left > 0 else -1


class EmptyState(QWidget):
    """Shown over a list while it has no rows: what goes there, and the button that adds
    the first one. It follows the model, so no page has to remember to show it."""

    def __init__(
        self,
        view: QAbstractItemView,
        text: str,
        action: str | None = None,
        slot: Callable[[], Any] | None = None,
        is_loading: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(view.viewport())
        self.setObjectName("emptyState")
        self.view, self.is_loading = view, is_loading
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # the placeholder colour through the palette: a style sheet here made Qt set up its
        # style-sheet machinery during the start, for two labels (about 50 ms)
        palette = self.label.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
        )
        self.label.setPalette(palette)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        self.button: QPushButton | None = None
        if action and slot:
            self.button = QPushButton(action)
            self.button.clicked.connect(slot)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        view.viewport().installEventFilter(self)
        model = view.model()
        assert model is not None, "give the view its model first"
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.update_shown)
        if hasattr(model, "loaded"):
            model.loaded.connect(self.update_shown)
        self.update_shown()

    def set_text(self, text: str) -> None:
        """Another text for another reason (a search that found nothing)."""
        self.label.setText(text)

    def update_shown(self, *_args: object) -> None:
        model = self.view.model()
        loading = self.is_loading() if self.is_loading else bool(getattr(model, "loading", False))
        empty = model is not None and model.rowCount() == 0 and not loading
        self.setGeometry(self.view.viewport().rect())
        self.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.view.viewport().rect())
        return False
