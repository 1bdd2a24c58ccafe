"""One change signal per open data folder.

A service result carries a `Changes` value (domain/changes.py). Whoever ran the use case
announces it here, and every page and dialog that shows data of that installation
listens to `changed` and refreshes only when a kind it shows is in it. Nothing calls
another widget's refresh by hand, and a page standing outside a window (tests, a
dialog's page) hears the same signal as one inside it.

The hub is keyed by the installation, not global: two data folders open in one process
(tests do this) do not refresh each other.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Signal

from blues_desktop.domain.changes import Changes
from blues_desktop.services.context import AppContext


class ChangeHub(QObject):
    changed = Signal(object)  # Changes

    def announce(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)


_hubs: dict[int, tuple[weakref.ref[object], ChangeHub]] = {}


def hub_for(ctx: AppContext) -> ChangeHub:
    """The hub of `ctx`'s installation (made on first use, dropped with it)."""
    installation = ctx.installation
    key = id(installation)
    entry = _hubs.get(key)
    if entry is not None and entry[0]() is installation:
        return entry[1]
    hub = ChangeHub()
    _hubs[key] = (weakref.ref(installation), hub)
    weakref.finalize(installation, _hubs.pop, key, None)
    return hub
