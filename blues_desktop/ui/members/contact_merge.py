"""Merging two contacts of an organisation: pick the one to merge away, choose field by
field in the merge dialog; the plan and the merge run in the background."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from blues_desktop.services.context import AppContext
from blues_desktop.services.members.listing import ContactRow
from blues_desktop.services.members.merging import (
    MergeResult,
    merge_persons,
    person_merge_plan,
)
from blues_desktop.ui.members.merge_dialog import plan_and_merge


def _label(contact: ContactRow) -> str:
    email = contact.input.email
    return contact.name + (f" <{email}>" if email else "")


def pick_other(parent: QWidget, kept: ContactRow, people: list[ContactRow]) -> ContactRow | None:
    """The contact to merge into `kept`, chosen from the organisation's other contacts."""
    others = [p for p in people if p.id != kept.id and not p.erased]
    if not others:
        return None
    labels = [_label(p) for p in others]
    chosen, ok = QInputDialog.getItem(
        parent, QCoreApplication.translate("contact_merge", "Merge contacts"),
        QCoreApplication.translate("contact_merge", "Merge which contact into {kept}? Its event registrations, exchanges and consent can move to the kept contact; you choose each differing field next.").format(kept=_label(kept)),
        labels, 0, False,
    )  # fmt: skip
    return others[labels.index(chosen)] if ok and chosen in labels else None


def merge_contacts(
    parent: QWidget,
    ctx: AppContext,
    keep_id: str,
    merge_id: str,
    done: Callable[[MergeResult], None],
    failed: Callable[[BaseException], None] | None = None,
) -> None:
    """Read the plan, show the merge dialog, merge what the user chose."""
    plan_and_merge(
        parent, "contacts",
        lambda: person_merge_plan(ctx, keep_id, merge_id),
        lambda chosen: merge_persons(ctx, keep_id, merge_id, chosen),
        done, failed,
    )  # fmt: skip
