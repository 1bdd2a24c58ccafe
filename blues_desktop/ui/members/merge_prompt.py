"""Asking the user what to do with likely duplicates: keep both, or merge field by field."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from blues_desktop.services.context import AppContext
from blues_desktop.services.members.duplicates import PossibleDuplicate
from blues_desktop.services.members.merging import (
    MergeResult,
    merge_organisations,
    organisation_merge_plan,
)
from blues_desktop.ui.members.merge_dialog import MergeDialog


def ask_merge(
    parent: QWidget, ctx: AppContext, record_id: str, duplicates: tuple[PossibleDuplicate, ...]
) -> MergeResult | None:
    """Offer to merge `record_id` into the first duplicate this office keeps; None: kept both."""
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
    box.exec()
    if merge is None or box.clickedButton() is not merge:
        return None
    dialog = MergeDialog(
        parent, organisation_merge_plan(ctx, ours[0].id, record_id), "organisations"
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return merge_organisations(ctx, ours[0].id, record_id, dialog.chosen())
