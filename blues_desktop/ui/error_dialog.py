"""The dialog for unexpected errors: what happened, details to copy, the log folder; the app stays open."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from blues_desktop import __version__
from blues_desktop.services.logs import get_logger, log_folder, redact
from blues_desktop.ui.geometry import remember_geometry

log = get_logger("ui")
# Dialogs without a parent window are kept here until they close.
_open_dialogs: set[QDialog] = set()


def plain_reason(exc: BaseException) -> str:
    """What the error means for the user, where we can tell."""
    text = str(exc).lower()
    if "database or disk is full" in text or "no space left" in text:
        return QCoreApplication.translate("error_dialog", "The disk is full, so the change was not saved. Free some space and try again.")
    if "readonly database" in text or "read-only file system" in text:
        return QCoreApplication.translate("error_dialog", "The data folder cannot be written (read-only), so the change was not saved.")
    return (
        QCoreApplication.translate("error_dialog", "Something went wrong that BLUES Desktop did not expect. Your data is as it was "
        "before this action. You can go on working.")
    )


class ErrorDialog(QDialog):
    """What went wrong, the details (redacted), and the two things a user does next."""

    def __init__(self, parent: QWidget | None, exc: BaseException, details: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("BLUES Desktop — unexpected error"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        remember_geometry(self, "error", 620, 420)
        full = details or "".join(traceback.format_exception(exc))
        self.details_text = redact(f"BLUES Desktop {__version__}\n{full}")
        self.reason = QLabel(plain_reason(exc))
        self.reason.setWordWrap(True)
        self.summary = QLabel(redact(f"{type(exc).__name__}: {exc}"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(self.details_text)
        self.details.setReadOnly(True)
        folder = log_folder()
        self.log_hint = QLabel(
            self.tr("The log is in {folder}.").format(folder=folder) if folder else self.tr("No log file is written (no log folder).")
        )
        self.log_hint.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Copy error details"))
        self.copy_button.clicked.connect(self.copy_details)
        self.open_logs_button = QPushButton(self.tr("Open log folder"))
        self.open_logs_button.setEnabled(folder is not None)
        self.open_logs_button.clicked.connect(self.open_log_folder)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_logs_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.reason, self.summary, self.details, self.log_hint, buttons):
            layout.addWidget(widget)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details_text)
        self.copy_button.setText(self.tr("Copied"))

    def open_log_folder(self) -> None:
        folder = log_folder()
        if folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_unexpected_error(
    parent: QWidget | None, exc: BaseException, details: str = ""
) -> ErrorDialog:
    """Log the error and show the dialog without blocking: the window behind it keeps working."""
    if details:
        log.error("unexpected error\n%s", details)
    else:
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    dialog = ErrorDialog(parent, exc, details)
    _open_dialogs.add(dialog)
    dialog.finished.connect(lambda _code: _open_dialogs.discard(dialog))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    dialog.raise_()
    return dialog


def install_excepthook() -> None:
    """Unexpected exceptions in slots are logged and shown instead of ending the app."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, exc, tb))
        if sys.__stderr__ is not None:
            sys.__stderr__.write(details)
        if QApplication.instance() is not None:
            show_unexpected_error(QApplication.activeWindow(), exc, details)
        else:
            log.error("unexpected error\n%s", details)

    sys.excepthook = hook
