"""The buttons of dialogs and questions name the act: "Save", "Register", "Delete",
"Discard changes", never OK or Yes/No. One builder for a dialog's button box, one for a
question that confirms an act, and one for the question about unsaved changes."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP

CANCEL = QT_TRANSLATE_NOOP("dialog_buttons", "Cancel")  # translated where it is shown


def dialog_buttons(
    dialog: QDialog, act: str, accept: Callable[[], Any] | None = None
) -> QDialogButtonBox:
    """A button named by the act (the default) and Cancel. The act calls `accept` (which
    checks the form before it closes the dialog) or the dialog's accept."""
    box = QDialogButtonBox()
    act_button = box.addButton(act, QDialogButtonBox.ButtonRole.AcceptRole)
    assert act_button is not None
    act_button.setObjectName("actButton")
    act_button.setDefault(True)
    box.addButton(QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(accept or dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def act_button(box: QDialogButtonBox) -> QPushButton:
    """The button that does the dialog's act."""
    for button in box.buttons():
        if box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
            assert isinstance(button, QPushButton)
            return button
    raise LookupError("the box has no act button")


def confirm(parent: QWidget, title: str, text: str, act: str) -> bool:
    """Ask before an act that is hard to take back; the act's button says what it does and
    Cancel is the default, so Enter does nothing harmful."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    go = box.addButton(act, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    KEEP_EDITING = "keep editing"


def ask_unsaved(parent: QWidget, title: str, text: str) -> Unsaved:
    """Save / Discard changes / Keep editing, asked wherever pending edits would be lost
    (switching the record shown, closing the window); Keep editing is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    save = box.addButton(QCoreApplication.translate("dialog_buttons", "Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("dialog_buttons", "Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("dialog_buttons", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return Unsaved.SAVE
    if clicked is discard:
        return Unsaved.DISCARD
    return Unsaved.KEEP_EDITING


def ask_reason(parent: QWidget, title: str, text: str, act: str, keep: str = CANCEL) -> str | None:
    """Ask the reason an act needs (cancel an exchange, erase, reopen), the button named by
    the act; None when the user keeps things as they are. An empty reason is returned as
    "" for the caller to refuse in words."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(text)
    # a long explanation wraps: unwrapped, it made the question wider than a laptop
    for label in dialog.findChildren(QLabel):
        label.setWordWrap(True)
    dialog.setMinimumWidth(460)
    dialog.setOkButtonText(act)
    dialog.setCancelButtonText(
        QCoreApplication.translate("dialog_buttons", CANCEL) if keep == CANCEL else keep
    )
    if not dialog.exec():
        return None
    return dialog.textValue().strip()
