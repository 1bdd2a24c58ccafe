"""One change signal per open data folder.

A service result carries a `Changes` value (domain/changes.py). Whoever ran the use case
announces it here, and every page and dialog that shows data of that installation
listens to `changed` and refreshes only when a kind it shows is in it; an open dialog
that shows a record follows it with `follow_changes` and re-reads it, or warns when the
user's unsaved edits would be written over it. Nothing calls
another widget's refresh by hand, and a page standing outside a window (tests, a
dialog's page) hears the same signal as one inside it.

The hub is keyed by the installation, not global: two data folders open in one process
(tests do this) do not refresh each other.
"""

from __future__ import annotations

import contextlib
import warnings
import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal

from blues_desktop.domain.changes import Changes, Kind
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


def follow_changes(
    widget: QObject, ctx: AppContext, kinds: frozenset[Kind], react: Callable[[], None]
) -> None:
    """Call `react` on the GUI thread when a change of one of `kinds` to `ctx`'s data is
    announced while `widget` is open (a dialog showing a record re-reads it, or warns)."""

    def heard(changes: Changes) -> None:
        if shiboken6.isValid(widget) and kinds & changes.kinds:
            react()

    hub_for(ctx).changed.connect(heard)
    # Dropped with the widget: a closed dialog is not kept alive by the hub.
    widget.destroyed.connect(lambda *_: _disconnect(ctx, heard))


def _disconnect(ctx: AppContext, slot: Callable[[Changes], None]) -> None:
    # At the app's exit the hub may be gone first: then there is nothing to disconnect
    # (PySide says so with a RuntimeWarning, which is not worth showing).
    with contextlib.suppress(RuntimeError, TypeError), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        hub_for(ctx).changed.disconnect(slot)
