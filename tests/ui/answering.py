"""Answer the next question box the window opens, by the words on its button, as a user
clicks it (the box is real; the test only clicks for the user)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

asked: list[str] = []  # the texts of the boxes answered, for the test to read


def answer_next(button_text: str, tries: int = 200) -> None:
    """When a QMessageBox shows, remember its text and click the button named
    `button_text` (fails the box's test by leaving it open when there is no such button)."""

    def look(left: int) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            for button in box.buttons():
                if isinstance(button, QAbstractButton) and button.text() == button_text:
                    button.click()
                    return
            names = [b.text() for b in box.buttons()]
            raise AssertionError(f"no button {button_text!r} among {names}")
        if left:
            QTimer.singleShot(10, lambda: look(left - 1))

    QTimer.singleShot(0, lambda: look(tries))


def answer_reason(reason: str, button_text: str, tries: int = 200) -> None:
    """When a question asking for a reason shows, type `reason` and click `button_text`."""
    from PySide6.QtWidgets import QInputDialog, QPushButton

    def look(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            asked.append(dialog.labelText())
            dialog.setTextValue(reason)
            for button in dialog.findChildren(QPushButton):
                if button.text() == button_text:
                    button.click()
                    return
            names = [b.text() for b in dialog.findChildren(QPushButton)]
            raise AssertionError(f"no button {button_text!r} among {names}")
        if left:
            QTimer.singleShot(10, lambda: look(left - 1))

    QTimer.singleShot(0, lambda: look(tries))
