"""The attendance grid's view: typing back a signed sheet with the keyboard.

Space (or X, +) ticks the current cell and moves down, minus clears it and moves
down, Enter moves down; arrows and Tab move as usual. So a sheet of 80 names is
typed back without touching the mouse.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from blues_desktop.ui.events.models import AttendanceModel

TICK_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_X, Qt.Key.Key_Plus}
CLEAR_KEYS = {Qt.Key.Key_Minus, Qt.Key.Key_Delete, Qt.Key.Key_Backspace}
DOWN_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class AttendanceView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.horizontalHeader().setStretchLastSection(False)

    def attendance(self) -> AttendanceModel:
        model = self.model()
        assert isinstance(model, AttendanceModel)
        return model

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        index = self.currentIndex()
        key = Qt.Key(event.key())
        if index.isValid() and index.column() > 0 and key in TICK_KEYS | CLEAR_KEYS:
            model = self.attendance()
            present = key in TICK_KEYS
            if key == Qt.Key.Key_Space:
                model.toggle(index.row(), index.column())
            else:
                model.set_present(index.row(), index.column(), present)
            self._move_down(index.row(), index.column())
            return
        if (
            index.isValid()
            and key in DOWN_KEYS
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self._move_down(index.row(), index.column())
            return
        super().keyPressEvent(event)

    def _move_down(self, row: int, column: int) -> None:
        model = self.attendance()
        if row + 1 < model.rowCount():
            self.setCurrentIndex(model.index(row + 1, column))
