"""Small helpers every form dialog shares: dates, choice boxes, an error label and the
OK / Cancel buttons."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QWidget,
)

from blues_desktop.ui.colours import ERROR_STYLE


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def combo(items: dict[str, str], current: str | None = None) -> QComboBox:
    """A choice box of {key: label}; `currentData()` is the key."""
    box = QComboBox()
    for key, label in items.items():
        box.addItem(label, key)
    if current is not None and (at := box.findData(current)) >= 0:
        box.setCurrentIndex(at)
    return box


def errors_label() -> QLabel:
    label = QLabel()
    label.setObjectName("formErrors")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


def ok_cancel(
    dialog: QDialog, accept: Callable[[], Any] | None = None, ok_text: str | None = None
) -> QDialogButtonBox:
    """OK and Cancel wired to the dialog's reject and to `accept` (which checks the form
    before it accepts), or the dialog's accept; `ok_text` names what OK does."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    if ok_text:
        box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.accepted.connect(accept or dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def include_anyway(parent: QWidget, title: str, text: str) -> bool:
    """Ask whether an export should hold personal data it leaves out by default (GDPR:
    minimised unless the user chooses otherwise); No is the default button."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
