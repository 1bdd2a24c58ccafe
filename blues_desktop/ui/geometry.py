"""Windows that fit the screen they open on, and remember their size and splitters.

A window or dialog opens at its usual size, shrunk to the screen's available geometry
(a 1366×768 laptop with a panel leaves about 1366×728). The size and splitter positions a
person chose are kept with QSettings, like the preferences (ui/preferences.py): they
belong to the person at this computer. A remembered size is used again only if it still
fits the screen the window opens on (a window moved from a large monitor to the laptop
opens at the laptop's size, never past its edges).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QWidget

# What the window frame and title bar take around a window's contents.
FRAME_MARGIN = QSize(16, 40)


def _settings() -> QSettings:
    return QSettings("BLUES", "BLUES Desktop")


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The part of the screen windows may use (without panels and docks)."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted_size(wanted: QSize, widget: QWidget | None = None) -> QSize:
    """`wanted`, made no larger than the available screen less the window frame."""
    room = available_geometry(widget).size() - FRAME_MARGIN
    return wanted.boundedTo(room)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Give `widget` its usual size, shrunk to the screen."""
    widget.resize(fitted_size(QSize(width, height), widget))


def restore_geometry(widget: QWidget, key: str) -> bool:
    """The size (and place) this person left `widget` at, if it still fits the screen."""
    settings = _settings()
    saved = settings.value(f"geometry/{key}")
    size = settings.value(f"size/{key}")
    if not isinstance(saved, QByteArray) or saved.isEmpty() or not isinstance(size, QSize):
        return False
    # Qt would squeeze a size saved on a larger screen onto this one; the usual size,
    # fitted, reads better than a squeezed one.
    room = available_geometry(widget).size() - FRAME_MARGIN
    if size.width() > room.width() or size.height() > room.height():
        return False
    return bool(widget.restoreGeometry(saved))


def save_geometry(widget: QWidget, key: str) -> None:
    settings = _settings()
    settings.setValue(f"geometry/{key}", widget.saveGeometry())
    settings.setValue(f"size/{key}", widget.size())


class _Keeper(QObject):
    """Saves a window's geometry when it closes or hides (a dialog's accept hides it)."""

    def __init__(self, widget: QWidget, key: str) -> None:
        super().__init__(widget)
        self.key = key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Close, QEvent.Type.Hide) and isinstance(watched, QWidget):
            save_geometry(watched, self.key)
        return False


def remember_geometry(widget: QWidget, key: str, width: int, height: int) -> None:
    """Open `widget` at its usual size (fitted to the screen) or at the size this person
    left it; keep the size it is closed at."""
    fit_to_screen(widget, width, height)
    restore_geometry(widget, key)
    widget.installEventFilter(_Keeper(widget, key))


class _SplitterKeeper(QObject):
    def __init__(self, splitter: QSplitter, key: str) -> None:
        super().__init__(splitter)
        self.key = key
        splitter.splitterMoved.connect(lambda _pos, _index: self.save(splitter))

    def save(self, splitter: QSplitter) -> None:
        _settings().setValue(f"splitters/{self.key}", splitter.saveState())


def remember_splitter(splitter: QSplitter, key: str) -> None:
    """Keep where this person dragged `splitter` to, and put it there next time."""
    saved = _settings().value(f"splitters/{key}")
    if isinstance(saved, QByteArray) and not saved.isEmpty():
        splitter.restoreState(saved)
    _SplitterKeeper(splitter, key)
