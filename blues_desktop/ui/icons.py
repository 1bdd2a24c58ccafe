"""The window's icons: one set of line drawings shipped in resources/icons/ui (drawn for
this app, one style), found the same way from a checkout, an install and a frozen build."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from blues_desktop.assets import resource_path

NAMES = frozenset(
    {
        "members", "exchanges", "events", "timesheets", "bundles", "reports",
        "new", "edit", "delete", "search", "print", "refresh", "history",
        "import", "export", "save", "keyboard", "zoom-in", "zoom-out", "fit-width",
        "actions", "documents", "next", "register", "rules", "send", "card",
    }
)  # fmt: skip


@cache
def icon(name: str) -> QIcon:
    """The icon `name` (one of NAMES). Qt draws the SVG at each size asked for. A build
    without the drawings fails here (the window's self-test builds the window) rather
    than showing blank buttons."""
    if name not in NAMES:
        raise KeyError(f"no icon named {name!r}")
    return QIcon(str(resource_path("icons", "ui", f"{name}.svg")))
