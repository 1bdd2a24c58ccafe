"""Asking the user what to do with likely duplicates: keep both, or merge field by field.

Nothing here blocks the window: the question and the merge dialog open without a nested
event loop, and the merge plan is read and the merge written in the background through
ui/operations.py, as for merging contacts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from blues_desktop.services.context import AppContext
from blues_desktop.services.members.duplicates import PossibleDuplicate
from blues_desktop.services.members.merging import (
    MergeResult,
    merge_organisations,
    organisation_merge_plan,
)
from blues_desktop.ui.members.merge_dialog import plan_and_merge


def ask_merge(
    parent: QWidget,
    ctx: AppContext,
    record_id: str,
    duplicates: tuple[PossibleDuplicate, ...],
    done: Callable[[MergeResult], None],
    failed: Callable[[BaseException], None] | None = None,
) -> QMessageBox:
    """Offer to merge `record_id` into the first duplicate this office keeps; `done` hears
    the merge's result (nothing is called when the user keeps both or cancels)."""
    lines = "\n".join(f"• {d.legal_name} (office {d.office_id}): {d.reason}" for d in duplicates)
    box = QMessageBox(parent)
    box.setWindowTitle("Likely duplicate")
    box.setText(f"This organisation looks like:\n{lines}")
    keep = box.addButton("Keep both", QMessageBox.ButtonRole.RejectRole)
    ours = [d for d in duplicates if d.office_id == ctx.office_code]
    merge = None
    if ours:
        merge = box.addButton(
            f"Merge into {ours[0].legal_name}…", QMessageBox.ButtonRole.AcceptRole
        )
        box.setInformativeText(
            "Merging shows every field where the two differ, so you choose what to keep; "
            "its contacts and exchanges move to the kept record, and this one is deleted "
            "and points to it."
        )
    else:
        box.setInformativeText(
            "The look-alikes are kept by other offices, so they cannot be merged here; "
            "tell that office, or keep both."
        )
    box.setDefaultButton(keep)
    parent.setProperty("merge_question", box)  # reachable for tests and screenshots

    def answered(button: QAbstractButton) -> None:
        if merge is None or button is not merge:
            return
        keep_id = ours[0].id

        plan_and_merge(
            parent, "organisations",
            lambda: organisation_merge_plan(ctx, keep_id, record_id),
            lambda chosen: merge_organisations(ctx, keep_id, record_id, chosen),
            done, failed,
        )  # fmt: skip

    box.buttonClicked.connect(answered)
    box.setModal(True)
    box.open()
    return box
