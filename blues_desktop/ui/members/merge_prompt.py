"""Asking the user what to do with look-alikes: keep both, or merge field by field.

The question shows the record and each look-alike side by side (ui/members/pair_view.py)
with how likely they are one organisation, in words. "Keep both" is the default button,
and Escape keeps both: only a deliberate click merges.

Nothing here blocks the window: the question and the merge dialog open without a nested
event loop, and the merge plan is read and the merge written in the background through
ui/operations.py, as for merging contacts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.services.context import AppContext
from blues_desktop.services.members.duplicates import PossibleDuplicate
from blues_desktop.services.members.merging import (
    MergeResult,
    merge_organisations,
    organisation_merge_plan,
)
from blues_desktop.ui.members.merge_dialog import plan_and_merge
from blues_desktop.ui.members.pair_view import PairView
from blues_desktop.ui.messages import say


class DuplicateQuestion(QDialog):
    """The record beside each look-alike; "Keep both" (default) or "Merge into …"."""

    def __init__(
        self, parent: QWidget | None, office_code: str, duplicates: tuple[PossibleDuplicate, ...]
    ) -> None:
        super().__init__(parent)
        self.duplicates = duplicates
        self.office_code = office_code
        self.setWindowTitle(self.tr("Possible duplicate"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        count = len(duplicates)
        if count == 1:
            text = self.tr(
                "This organisation looks like one already registered. Compare the two before "
                "you decide: a different legal form or city often means two organisations."
            )
        else:
            text = self.tr(
                "This organisation looks like %n already registered. Choose one to "
                "compare it with; a different legal form or city often means two organisations.",
                "",
                count,
            )
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choices = QListWidget()
        for d in duplicates:
            choice = f"{d.legal_name} ({d.office_id}): {say(d.likeness.likelihood.label)}"  # no words
            self.choices.addItem(choice)
        self.choices.setMaximumHeight(90)
        self.choices.setVisible(count > 1)
        layout.addWidget(self.choices)
        self.pair = PairView()
        layout.addWidget(self.pair, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox()
        self.keep_button: QPushButton = self.buttons.addButton(
            self.tr("Keep both"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.merge_button: QPushButton = self.buttons.addButton(
            self.tr("Merge…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setAutoDefault(False)
        self.keep_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        self.choices.currentRowChanged.connect(self.show_choice)
        self.choices.setCurrentRow(0)
        self.keep_button.setFocus()

    def chosen(self) -> PossibleDuplicate:
        return self.duplicates[max(0, self.choices.currentRow())]

    def show_choice(self, _row: int = 0) -> None:
        d = self.chosen()
        self.pair.show_pair(d.this, d.other, d.likeness, (self.tr("This record"), self.tr("Already registered")))
        ours = d.office_id == self.office_code
        self.merge_button.setVisible(ours)
        self.merge_button.setText(self.tr("Merge into {legal_name}…").format(legal_name=d.legal_name))
        if ours:
            self.note.setText(
                self.tr("Merging shows every field where the two differ, so you choose what to keep; "
                "its contacts and exchanges move to the kept record, and this one is deleted "
                "and points to it.")
            )
        else:
            self.note.setText(
                self.tr("{legal_name} is kept by office {office_id}, so the two cannot be merged here; tell that office, or keep both.").format(legal_name=d.legal_name, office_id=d.office_id)
            )


def ask_merge(
    parent: QWidget,
    ctx: AppContext,
    record_id: str,
    duplicates: tuple[PossibleDuplicate, ...],
    done: Callable[[MergeResult], None],
    failed: Callable[[BaseException], None] | None = None,
) -> DuplicateQuestion:
    """Offer to merge `record_id` into the look-alike the user chose (one this office
    keeps); `done` hears the merge's result (nothing is called when the user keeps both)."""
    box = DuplicateQuestion(parent, ctx.office_code, duplicates)
    parent.setProperty("merge_question", box)  # reachable for tests and screenshots

    def merge() -> None:
        chosen = box.chosen()
        if chosen.office_id != ctx.office_code:
            return
        keep_id = chosen.id
        plan_and_merge(
            parent, "organisations",
            lambda: organisation_merge_plan(ctx, keep_id, record_id),
            lambda fields: merge_organisations(ctx, keep_id, record_id, fields),
            done, failed,
        )  # fmt: skip

    box.accepted.connect(merge)
    box.setModal(True)
    box.open()
    return box
