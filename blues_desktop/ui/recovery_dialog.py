"""At start, when the database is damaged: offer the newest good backup, keep the damaged file.

The backups are listed with their date and size and each was verified with
SQLite's integrity check before it is offered; damaged ones are shown but cannot
be chosen. Restoring keeps the damaged file aside (never deleted) and says where.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.domain.errors import BluesError
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP
from blues_desktop.services.logs import get_logger
from blues_desktop.services.maintenance import (
    CheckedBackup,
    RestoreResult,
    backups_checked,
    human_size,
    restore_backup,
)
from blues_desktop.services.start_folder import DamagedDatabaseError, DataPaths
from blues_desktop.ui.geometry import remember_geometry
from blues_desktop.ui.locale_format import datetime_text
from blues_desktop.ui.messages import say

log = get_logger("ui.recovery")
COLUMNS = (QT_TRANSLATE_NOOP("recovery_dialog", "Taken"), QT_TRANSLATE_NOOP("recovery_dialog", "Size"), QT_TRANSLATE_NOOP("recovery_dialog", "Why it was taken"), QT_TRANSLATE_NOOP("recovery_dialog", "Check"))


class RecoveryDialog(QDialog):
    def __init__(
        self,
        paths: DataPaths,
        error: DamagedDatabaseError,
        backups: list[CheckedBackup],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.error = error
        self.backups = backups
        self.result_of_restore: RestoreResult | None = None
        self.setWindowTitle(self.tr("BLUES Desktop — the database is damaged"))
        remember_geometry(self, "recovery", 720, 440)
        problem = html.escape(say(error.problems[0]) if error.problems else self.tr("unknown damage"))
        self.intro = QLabel(
            self.tr("<p><b>The database could not be opened safely.</b></p><p>The start-up check of <code>{path}</code> found: <i>{problem}</i>.</p><p>You can put a backup in its place. The damaged file is kept aside next to it (nothing is deleted), so it can still be examined. Changes made after the backup was taken are not in it; a bundle sent to the coordinator since then can bring them back.</p>").format(path=html.escape(str(error.path)), problem=problem)
        )
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.table = self._build_table()
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("Restore selected backup"))
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(self.tr("Open data folder"))
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.root)))
        )
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.clicked.connect(self.reject)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._select_newest_good()

    def _build_table(self) -> QTableWidget:
        # At most ten backups are kept, so a widget table is the right size here.
        table = QTableWidget(len(self.backups), len(COLUMNS))
        table.setHorizontalHeaderLabels([QCoreApplication.translate("recovery_dialog", text) for text in COLUMNS])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        for row, backup in enumerate(self.backups):
            taken = datetime_text(backup.info.taken_at)
            verdict = (
                self.tr("passes the check")
                if backup.ok
                else self.tr("damaged: {problem}").format(problem=say(backup.problems[0]))
            )
            cells = (taken, human_size(backup.info.size), backup.info.reason, verdict)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.info.path))
                if not backup.ok:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                table.setItem(row, column, item)
        return table

    def _select_newest_good(self) -> None:
        for row, backup in enumerate(self.backups):
            if backup.ok:
                self.table.selectRow(row)
                break
        if not any(b.ok for b in self.backups):
            self.restore_button.setEnabled(False)
            self.message.setText(
                self.tr("No backup in {backups} passes the check. The damaged file stays where it is; `blues doctor` shows what is wrong.").format(backups=self.paths.backups)
                if self.backups
                else self.tr("There are no backups in {backups}. The damaged file stays where it is; `blues doctor` shows what is wrong.").format(backups=self.paths.backups)
            )

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> CheckedBackup | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        backup = self.backups[rows.pop()]
        return backup if backup.ok else None

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result_of_restore = restore_backup(self.paths, backup.info, self.error.path)
        except BluesError as exc:
            self.message.setText(self.tr("The backup was not restored: {exc}").format(exc=say(exc)))
            log.warning("restore from %s failed: %s", backup.info.path.name, exc)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        kept = self.result_of_restore.damaged_copy
        log.info("restored %s from %s", self.error.path, backup.info.path.name)
        taken = datetime_text(backup.info.taken_at)
        if kept:
            text = self.tr(
                "Restored from the backup of {taken}. The damaged file is kept as {file}."
            ).format(taken=taken, file=Path(kept).name)
        else:
            text = self.tr("Restored from the backup of {taken}.").format(taken=taken)
        self.message.setText(text)
        self.accept()


def offer_recovery(
    paths: DataPaths, error: DamagedDatabaseError, parent: QWidget | None = None
) -> RestoreResult | None:
    """Verify the backups, show the dialog; the restore's result, or None if the user quit."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        backups = backups_checked(paths)
    finally:
        QGuiApplication.restoreOverrideCursor()
    dialog = RecoveryDialog(paths, error, backups, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_of_restore
