"""Telling the user what just happened: a line in the main window's status bar (for ten
seconds), e.g. "Deleted “Aguas del Ebro S.L.”". A page outside a main window (a test, a
dialog of its own) keeps the last line in `last_told` all the same.

A file the window wrote (an export, a saved PDF) is told the same way, with **Open** and
**Show in folder** beside the line for as long as it stands (`tell_written`): the work
goes on without a message box to close, and the file is one click away. Many files
written into one folder (a batch of agreements) get **Show in folder** alone
(`tell_folder_written`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QPushButton, QWidget

SHOWN_MS = 10_000


def _main_window(widget: QWidget) -> QMainWindow | None:
    """The main window `widget` belongs to, through the dialogs it may sit in."""
    window: QWidget | None = widget.window()
    while window is not None and not isinstance(window, QMainWindow):
        parent = window.parentWidget()
        window = parent.window() if parent is not None else None
    return window


def tell(widget: QWidget, text: str) -> None:
    widget.setProperty("last_told", text)
    window = _main_window(widget)
    if window is not None:
        window.statusBar().showMessage(text, SHOWN_MS)


def last_told(widget: QWidget) -> str:
    return str(widget.property("last_told") or "")


def open_file(path: Path) -> bool:
    """Open `path` with the program the system uses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class WrittenFileLinks(QWidget):
    """**Open** and **Show in folder** for the file the status bar's line is about."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("writtenFileLinks")
        self.path: Path | None = None
        self.folder: Path | None = None  # where Show in folder opens
        self.line = ""  # the status bar's line the buttons belong to
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.open_button = QPushButton(QCoreApplication.translate("feedback", "Open"))
        self.folder_button = QPushButton(QCoreApplication.translate("feedback", "Show in folder"))
        for button, slot in ((self.open_button, self.open), (self.folder_button, self.show_folder)):
            button.clicked.connect(slot)
            layout.addWidget(button)
        self.hide()

    def show_for(self, path: Path, line: str) -> None:
        self.path, self.folder, self.line = path, path.parent, line
        self.open_button.setToolTip(str(path))
        self.open_button.show()
        self.folder_button.setToolTip(str(path.parent))
        self.show()

    def show_folder_for(self, folder: Path, line: str) -> None:
        """Files written into `folder`: Show in folder opens it; no one file to open."""
        self.path, self.folder, self.line = None, folder, line
        self.open_button.hide()
        self.folder_button.setToolTip(str(folder))
        self.show()

    def follow(self, message: str) -> None:
        """The status bar's line changed: gone with it (timed out, or another line)."""
        if message != self.line:
            self.hide()

    def open(self) -> None:
        if self.path is not None:
            open_file(self.path)

    def show_folder(self) -> None:
        if self.folder is not None:
            open_file(self.folder)


def file_links(window: QMainWindow) -> WrittenFileLinks:
    """The window's Open and Show in folder, made once with its status bar. The main
    window makes them when it builds its status bar: a widget added to the bar later
    makes the bar show its other widgets again, under the line being told."""
    links = window.findChild(WrittenFileLinks)
    if links is None:
        bar = window.statusBar()
        links = WrittenFileLinks(bar)
        bar.addPermanentWidget(links)
        bar.messageChanged.connect(links.follow)
    return links


def tell_written(widget: QWidget, text: str, path: Path) -> None:
    """Say that the window wrote `path` (what it holds in `text`), with Open and Show in
    folder beside the line while it stands."""
    widget.setProperty("last_written", str(path))
    window = _main_window(widget)
    if window is not None:
        file_links(window).show_for(path, text)  # before the line: shown with it
    tell(widget, text)


def tell_folder_written(widget: QWidget, text: str, folder: Path) -> None:
    """Say that the window wrote files into `folder` (what they are in `text`), with Show
    in folder beside the line while it stands."""
    widget.setProperty("last_written", str(folder))
    window = _main_window(widget)
    if window is not None:
        file_links(window).show_folder_for(folder, text)
    tell(widget, text)


def last_written(widget: QWidget) -> Path | None:
    value = widget.property("last_written")
    return Path(str(value)) if value else None
