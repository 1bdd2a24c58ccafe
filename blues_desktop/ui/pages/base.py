"""What the main window expects of a page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.services.context import AppContext
from blues_desktop.ui.operations import Op, run_in_background


class Page(QWidget):
    """A page of the main window. `kinds` are the changes it shows; when a service
    reports one of them, the window calls `refresh`."""

    title: str = ""
    kinds: frozenset[Kind] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def on_changes(self, changes: Changes) -> None:
        if self.kinds & changes.kinds:
            self.refresh()

    def refresh(self) -> None:
        """Re-read what this page shows (override)."""

    def run_change(
        self,
        op: Op,
        done: Callable[[Any], None] | None = None,
        label: str | None = None,
    ) -> None:
        """Run a use case that changes data on the database thread; then every page its
        changes concern refreshes (this one alone when it stands outside a window)."""

        def succeeded(result: Any) -> None:
            self.apply_result(result)
            if done is not None:
                done(result)

        run_in_background(self, op, on_success=succeeded, progress_label=label)

    def apply_result(self, result: Any) -> None:
        window = self.window()
        changes = getattr(result, "changes", None)
        if hasattr(window, "apply_changes") and changes:
            window.apply_changes(changes)
        else:
            self.refresh()
