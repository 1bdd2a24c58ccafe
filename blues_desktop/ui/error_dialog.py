"""The dialog for unexpected errors: what happened, with details to copy; the app stays open."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def show_unexpected_error(parent: QWidget | None, exc: BaseException, details: str = "") -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("BLUES Desktop — unexpected error")
    box.setText(
        "Something went wrong that BLUES Desktop did not expect. Your data is as it was "
        "before this action. You can go on working."
    )
    box.setInformativeText(f"{type(exc).__name__}: {exc}")
    box.setDetailedText(details or "".join(traceback.format_exception(exc)))
    copy = box.addButton("Copy error details", QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(box.detailedText())


def install_excepthook() -> None:
    """Unexpected exceptions in slots show the dialog instead of ending the app."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, exc, tb))
        sys.__stderr__.write(details) if sys.__stderr__ else None
        if QApplication.instance() is not None:
            show_unexpected_error(QApplication.activeWindow(), exc, details)

    sys.excepthook = hook
