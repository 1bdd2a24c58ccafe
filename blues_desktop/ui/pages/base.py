"""What the main window expects of a page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtWidgets import QWidget

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.services.context import AppContext
from blues_desktop.ui.change_hub import hub_for
from blues_desktop.ui.dialog_buttons import Unsaved, ask_unsaved
from blues_desktop.ui.operations import Op, run_in_background


class Page(QWidget):
    """A page of the main window. `kinds` are the changes it shows; when a use case
    announces one of them on the change hub (ui/change_hub.py), the page refreshes."""

    title: str = ""
    kinds: frozenset[Kind] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        hub_for(ctx).changed.connect(self.on_changes)

    def on_changes(self, changes: Changes) -> None:
        # A page closed while a signal was on its way has nothing left to refresh.
        if shiboken6.isValid(self) and self.kinds & changes.kinds:
            self.refresh()

    def announce(self, changes: Changes) -> None:
        """Tell every page and dialog of this data what changed."""
        hub_for(self.ctx).announce(changes)

    def refresh(self) -> None:
        """Re-read what this page shows (override)."""

    # pending edits: one question wherever they would be lost (docs/ui-conventions.md)
    def unsaved_changes(self) -> str | None:
        """A sentence saying what is edited and not saved yet, or None (override)."""
        return None

    def save_unsaved(self) -> None:
        """Save the pending edits (override with `unsaved_changes`)."""

    def discard_unsaved(self) -> None:
        """Drop the pending edits (override with `unsaved_changes`)."""

    def may_leave(self) -> bool:
        """Ask Save / Discard changes / Keep editing when edits are pending; True when the
        user may go on (to another record, out of the window, or into another language,
        which rebuilds the pages)."""
        pending = self.unsaved_changes()
        if pending is None:
            return True
        answer = ask_unsaved(self, self.tr("Unsaved changes"), self.tr("{pending}\n\nSave them before going on?").format(pending=pending))
        if answer is Unsaved.SAVE:
            self.save_unsaved()
        elif answer is Unsaved.DISCARD:
            self.discard_unsaved()
        return answer is not Unsaved.KEEP_EDITING

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

    def change(
        self,
        use_case: Callable[[AppContext], Any],
        done: Callable[[Any], None] | None = None,
        label: str | None = None,
    ) -> None:
        """`run_change` for `use_case(ctx)`: the context is taken here, on the GUI thread,
        so the job on the database thread never reads the page."""
        ctx = self.ctx
        self.run_change(lambda _p, _c: use_case(ctx), done, label)

    def apply_result(self, result: Any) -> None:
        """Announce what a use case changed; a result that names no change refreshes this
        page alone."""
        changes = getattr(result, "changes", None)
        if isinstance(changes, Changes) and changes:
            self.announce(changes)
        else:
            self.refresh()
