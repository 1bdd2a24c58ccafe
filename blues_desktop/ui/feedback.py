"""Telling the user what just happened: a line in the main window's status bar (for ten
seconds), e.g. "Deleted “Aguas del Ebro S.L.”". A page outside a main window (a test, a
dialog of its own) keeps the last line in `last_told` all the same."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

SHOWN_MS = 10_000


def tell(widget: QWidget, text: str) -> None:
    widget.setProperty("last_told", text)
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, SHOWN_MS)


def last_told(widget: QWidget) -> str:
    return str(widget.property("last_told") or "")
