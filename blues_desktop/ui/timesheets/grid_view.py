"""The month grid's view: typing a number edits the cell, Enter moves to the next day,
Delete clears the selection, + and − add or take a quarter hour, and Ctrl+C / Ctrl+V
copy cells as tab-separated text (to and from a spreadsheet)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from blues_desktop.domain.timesheets import QUARTER, hours_problem, parse_hours
from blues_desktop.ui.locale_format import day_text
from blues_desktop.ui.messages import say
from blues_desktop.ui.timesheets.grid_model import MonthGridModel

# A day's column: wide enough for "7.25" in the grid's smaller font, and no wider than
# reads well; the month's total column after the days.
MIN_DAY_WIDTH = 24
MAX_DAY_WIDTH = 40
TOTAL_WIDTH = 50
ROW_LABEL_WIDTH = 110
CELL_PADDING = 1


class TightCells(QStyledItemDelegate):
    """Draws a cell's hours with one pixel either side instead of the style's three, so
    "7.75" fits the narrow day column a whole month needs on a laptop."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        if not text:
            return
        painter.save()
        painter.setFont(item.font)
        group = (
            QPalette.ColorGroup.Normal
            if item.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        role = (
            QPalette.ColorRole.HighlightedText
            if item.state & QStyle.StateFlag.State_Selected
            else QPalette.ColorRole.Text
        )
        painter.setPen(item.palette.color(group, role))
        rect = item.rect.adjusted(CELL_PADDING, 0, -CELL_PADDING, 0)
        painter.drawText(rect, int(item.displayAlignment), text)
        painter.restore()


class MonthGridView(QTableView):
    cell_padding = CELL_PADDING  # what the tour of the window (tests) allows for

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.horizontalHeader().setMinimumSectionSize(MIN_DAY_WIDTH)
        self.horizontalHeader().setDefaultSectionSize(MAX_DAY_WIDTH)
        self.verticalHeader().setDefaultSectionSize(24)
        # The rows' labels whole where the days keep their narrowest width beside them
        # ("WP5 Zarządzanie projektem"); shortened (whole in their tooltip) only past it.
        self.verticalHeader().setMaximumWidth(ROW_LABEL_WIDTH)
        self.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        font = self.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1.5))
        self.setFont(font)
        self.setItemDelegate(TightCells(self))

    def fit_columns(self) -> None:
        """Share the width among the days, so a whole month shows on a laptop screen
        (31 days in about 850 pixels) and a wide window gets roomier columns."""
        model = self.model()
        days = model.columnCount() - 1 if model is not None else 0
        if days <= 0:
            return
        self.setColumnWidth(days, TOTAL_WIDTH)
        labels = self.verticalHeader()
        # the width beside the labels: the view's less its frame and a vertical scroll bar
        beside = self.width() - 2 * self.frameWidth() - TOTAL_WIDTH
        if self.verticalScrollBar().isVisible():
            beside -= self.verticalScrollBar().width()
        wanted = max(
            (labels.sectionSizeFromContents(row).width() for row in range(model.rowCount())),
            default=ROW_LABEL_WIDTH,
        )
        widest = max(ROW_LABEL_WIDTH, min(wanted, beside - days * MIN_DAY_WIDTH))
        if labels.maximumWidth() != widest:
            labels.setMaximumWidth(widest)
            self.updateGeometries()  # the viewport narrows or widens at once
        room = self.viewport().width() - TOTAL_WIDTH
        width = max(MIN_DAY_WIDTH, min(MAX_DAY_WIDTH, room // days))
        for column in range(days):
            self.setColumnWidth(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_columns()

    def fit_height(self) -> None:
        """As tall as the header and every row, so the month shows without scrolling down."""
        rows = sum(self.rowHeight(r) for r in range(self.model().rowCount()))
        height = (
            self.horizontalHeader().sizeHint().height()
            + rows
            + self.horizontalScrollBar().sizeHint().height()
            + 2 * self.frameWidth()
        )
        self.setFixedHeight(height)

    def grid(self) -> MonthGridModel:
        model = self.model()
        assert isinstance(model, MonthGridModel)
        return model

    def closeEditor(  # noqa: N802 (Qt's name)
        self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint
    ) -> None:
        super().closeEditor(editor, hint)
        refused = self.grid().refused
        self.grid().refused = False
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and not refused:
            self._move(0, 1)  # Enter: on to the next day (a refused value keeps its cell)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.grid().clear(self.selectedIndexes())
        elif (
            event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Minus)
            and self.state() != self.State.EditingState
        ):
            self._step(QUARTER if event.key() == Qt.Key.Key_Plus else -QUARTER)
        elif (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != self.State.EditingState
        ):
            self._move(0, 1)
        else:
            super().keyPressEvent(event)

    def _move(self, rows: int, columns: int) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        target = self.model().index(current.row() + rows, current.column() + columns)
        if target.isValid():
            self.setCurrentIndex(target)

    def _step(self, delta: Decimal) -> None:
        model = self.grid()
        changes = []
        for index in self.selectedIndexes() or [self.currentIndex()]:
            day = model.day_at(index.column())
            if day is None or not model.is_editable(index):
                continue
            code = model.row_code(index.row())
            value = model.hours.get(day, code) + delta
            if hours_problem(value) is None:
                changes.append(((day, code), value))
        model.set_cells(changes)

    def copy_selection(self) -> None:
        indexes = sorted(self.selectedIndexes(), key=lambda i: (i.row(), i.column()))
        if not indexes:
            return
        rows: dict[int, dict[int, str]] = {}
        for index in indexes:
            rows.setdefault(index.row(), {})[index.column()] = str(index.data() or "")
        columns = sorted({i.column() for i in indexes})
        text = "\n".join(
            "\t".join(cells.get(column, "") for column in columns) for cells in rows.values()
        )
        QGuiApplication.clipboard().setText(text)

    def paste(self) -> None:
        start = self.currentIndex()
        if not start.isValid():
            return
        self.paste_text(QGuiApplication.clipboard().text(), start)

    def paste_text(self, text: str, start: QModelIndex) -> int:
        """Paste tab-separated hours from `start`; a value that is not hours is refused
        with a message and nothing of the paste is applied."""
        model = self.grid()
        changes = []
        for r, line in enumerate(text.rstrip("\n").split("\n")):
            for c, cell in enumerate(line.split("\t")):
                index = model.index(start.row() + r, start.column() + c)
                day = model.day_at(index.column()) if index.isValid() else None
                if day is None or not model.is_editable(index):
                    continue
                try:
                    hours = parse_hours(cell)
                except ValueError as exc:
                    model.problem.emit(
                        self.tr("Paste refused at {day}: {problem}").format(
                            day=day_text(day), problem=say(exc)
                        )
                    )
                    return 0
                changes.append(((day, model.row_code(index.row())), hours))
        return model.set_cells(changes)
