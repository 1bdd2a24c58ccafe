"""The application icon (resources/icons, drawn by packaging/make_icons.py) for every window."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from blues_desktop.assets import icon_files


def app_icon() -> QIcon:
    """Every drawn size, so each place (title bar, task bar, Alt-Tab) takes the sharpest."""
    icon = QIcon()
    for path in icon_files():
        icon.addFile(str(path))
    return icon
