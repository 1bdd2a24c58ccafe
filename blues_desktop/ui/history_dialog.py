"""The History of one record: when, who, at which office, what changed, and why.

Read on the reader lane (ui/operations.py, run_read); the table fills when it arrives.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.domain.changes import Kind
from blues_desktop.domain.timesheets import Month
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.services.context import AppContext
from blues_desktop.services.history import (
    HistoryEntry,
    RecordHistory,
    month_history,
    record_history,
)
from blues_desktop.ui import i18n
from blues_desktop.ui.change_hub import follow_changes
from blues_desktop.ui.geometry import remember_geometry
from blues_desktop.ui.locale_format import datetime_text
from blues_desktop.ui.messages import say
from blues_desktop.ui.operations import run_read
from blues_desktop.ui.rows_model import DISPLAY, ROOT, Index, RowsModel
from blues_desktop.ui.widgets import table_view

WHEN, WHO, OFFICE, WHAT, REASON = range(5)


def _words(text: str) -> str:
    """A field's name or a value in the window's language: the services' words (labels,
    dates, amounts, yes/no) are messages; a plain text is a label or a person's words."""
    return say(text) if isinstance(text, Message) else i18n.label(text)


def _change_lines(entry: HistoryEntry) -> list[str]:
    """The entry's changes, the fields and values named in the window's language."""
    return [
        f"{_words(c.field)}: {_words(c.new)}"
        if c.old is None
        else f"{_words(c.field)}: {_words(c.old)} → {_words(c.new)}"
        for c in entry.changes
    ]


def _what_changed(entry: HistoryEntry) -> str:
    return "\n".join([say(entry.what), *_change_lines(entry)])


class HistoryModel(RowsModel):
    headers = (QT_TRANSLATE_NOOP("HistoryModel", "When (UTC)"), QT_TRANSLATE_NOOP("HistoryModel", "Who"), QT_TRANSLATE_NOOP("HistoryModel", "Office"), QT_TRANSLATE_NOOP("HistoryModel", "What changed"), QT_TRANSLATE_NOOP("HistoryModel", "Reason"))

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        entry: HistoryEntry = self.row_at(index.row())
        column = index.column()
        if role == DISPLAY:
            if column == WHEN:
                return datetime_text(entry.at, local=False)  # the header says UTC
            if column == WHO:
                return entry.who
            if column == OFFICE:
                return say(entry.office)
            if column == WHAT:
                return _what_changed(entry)
            if column == REASON:
                return say(entry.reason)
        if role == Qt.ItemDataRole.ToolTipRole and column == WHAT:
            return _what_changed(entry)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        return None


class HistoryDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        table: str,
        record_id: str,
        parent: QWidget | None = None,
        *,
        month: tuple[str, Month] | None = None,
    ) -> None:
        """`month` (staff id, month) asks for a timesheet month, which may not have a
        sign-off record of its own yet."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("History"))
        remember_geometry(self, "history", 980, 520)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("<b>Loading the history…</b>"))
        layout.addWidget(self.heading)
        self.model = HistoryModel()
        self.view = table_view(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        # A save of a month's hours is one tall row: scroll by pixels, not by rows.
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.view.horizontalHeader()
        for column in (WHEN, WHO, OFFICE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(REASON, 200)
        header.setStretchLastSection(False)
        layout.addWidget(self.view, 1)
        self.note = QLabel(
            self.tr("Changes made on this computer show who made them. Records another office "
            "changed show the bundle that brought them and who imported it.")
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555")
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.loaded: RecordHistory | None = None

        def load(_p: object, _c: object) -> RecordHistory:
            if month is not None:
                return month_history(ctx, month[0], month[1])
            return record_history(ctx, table, record_id)

        self._read = load
        self.reload()
        # A change announced while it is open (a save in the window, an imported bundle)
        # may add to the record's history: read it again.
        follow_changes(self, ctx, frozenset(Kind) - {Kind.BUNDLES}, self.reload)

    def reload(self) -> None:
        run_read(self, self._read, on_success=self.show_history)

    def show_history(self, history: RecordHistory) -> None:
        self.loaded = history
        count = len(history.entries)
        changes = self.tr("%n changes", "", count) if count else self.tr("no changes recorded")
        heading = f"<b>{say(history.title)}</b> — {changes}"  # markup and fields: not marked
        self.heading.setText(heading)
        self.model.set_rows(list(history.entries))
        self.view.resizeRowsToContents()

    def row_count(self) -> int:
        return self.model.rowCount(ROOT)


def open_history(
    parent: QWidget,
    ctx: AppContext,
    table: str,
    record_id: str,
    *,
    month: tuple[str, Month] | None = None,
) -> HistoryDialog:
    """Open the History of a record (non-modal, so the page stays usable)."""
    dialog = HistoryDialog(ctx, table, record_id, parent, month=month)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
