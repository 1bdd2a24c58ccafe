"""Choosing, field by field, what a merge keeps: the two records side by side, one
choice per field where they differ, and what the merge moves. Used for organisations
and for people alike; the merge itself is services.members.merging."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP
from blues_desktop.services.members.merging import OTHER, MergePlan, MergeResult
from blues_desktop.ui import i18n
from blues_desktop.ui.forms import ok_cancel
from blues_desktop.ui.geometry import remember_geometry
from blues_desktop.ui.messages import say
from blues_desktop.ui.operations import run_in_background, run_read

EMPTY = QT_TRANSLATE_NOOP("MergeDialog", "(empty)")


class MergeDialog(QDialog):
    def __init__(self, parent: QWidget | None, plan: MergePlan, what: str) -> None:
        super().__init__(parent)
        self.plan = plan
        titles = {
            "contacts": self.tr("Merge two contacts"),
            "organisations": self.tr("Merge two organisations"),
        }
        self.setWindowTitle(titles.get(what, self.tr("Merge two records")))
        remember_geometry(self, "merge", 760, 460)
        layout = QVBoxLayout(self)
        text = self.tr(
            "<b>{other}</b> is merged into <b>{kept}</b>: it is deleted and points to the "
            "kept record. Choose, for each field where they differ, the value to keep."
        ).format(other=plan.other_title, kept=plan.kept_title)
        if plan.moves:
            moves = ", ".join(self._move_text(m) for m in plan.moves)
            text += "<br>" + self.tr("The merge moves {moves} to the kept record.").format(
                moves=moves
            )
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        titles_of_columns = (
            self.tr("Field"),
            self.tr("Keep: {title}").format(title=plan.kept_title),
            self.tr("Merged away: {title}").format(title=plan.other_title),
        )
        for column, title in enumerate(titles_of_columns):
            bold = f"<b>{title}</b>"  # markup around a translated title: not marked
            header = QLabel(bold)
            header.setWordWrap(True)
            grid.addWidget(header, 0, column)
        self.groups: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        for row, choice in enumerate(plan.fields, start=1):
            grid.addWidget(QLabel(i18n.label(choice.label)), row, 0)
            empty = self.tr(EMPTY)
            kept = QRadioButton(say(choice.kept) or empty)
            other = QRadioButton(say(choice.other) or empty)
            for button in (kept, other):
                button.setToolTip(button.text())
            group = QButtonGroup(self)
            group.addButton(kept)
            group.addButton(other)
            (other if choice.default == OTHER else kept).setChecked(True)
            grid.addWidget(kept, row, 1)
            grid.addWidget(other, row, 2)
            self.groups[choice.field] = (kept, other)
        if not plan.fields:
            grid.addWidget(QLabel(self.tr("The two records hold the same values.")), 1, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(plan.fields) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        layout.addWidget(scroll, 1)
        box = ok_cancel(self)
        merge = box.button(box.StandardButton.Ok)
        merge.setText(self.tr("Merge"))
        # A merge deletes a record: Enter on an unread dialog must not do it.
        merge.setAutoDefault(False)
        box.button(box.StandardButton.Cancel).setDefault(True)
        layout.addWidget(box)

    def _move_text(self, move: str) -> str:
        """One thing the merge moves ("2 contacts", as services.members.merging counts
        it) as a whole phrase in the window's language."""
        number, _space, noun = move.partition(" ")
        if not number.isdigit():
            return move
        n = int(number)
        phrases = {
            "contact": self.tr("%n contacts", "", n),
            "exchange": self.tr("%n exchanges", "", n),
            "event registration": self.tr("%n event registrations", "", n),
            "staff record": self.tr("%n staff records", "", n),
        }
        return phrases.get(noun.removesuffix("s"), move)

    def chosen(self) -> set[str]:
        """The fields whose value comes from the record merged away."""
        return {name for name, (_kept, other) in self.groups.items() if other.isChecked()}

    def choose(self, field: str, other: bool) -> None:
        kept_button, other_button = self.groups[field]
        (other_button if other else kept_button).setChecked(True)


def plan_and_merge(
    parent: QWidget,
    what: str,
    read_plan: Callable[[], MergePlan],
    merge: Callable[[set[str]], MergeResult],
    done: Callable[[MergeResult], None],
    failed: Callable[[BaseException], None] | None = None,
) -> None:
    """Read the merge plan in the background, show it, and merge what the user chose in
    the background too: the window never waits on the database."""

    def ask(plan: MergePlan) -> None:
        dialog = MergeDialog(parent, plan, what)
        parent.setProperty("merge_dialog", dialog)  # reachable for tests and screenshots

        def accepted() -> None:
            chosen = dialog.chosen()
            run_in_background(
                parent, lambda _p, _c: merge(chosen), on_success=done, on_failure=failed
            )

        dialog.accepted.connect(accepted)
        dialog.setModal(True)
        dialog.open()

    run_read(parent, lambda _p, _c: read_plan(), on_success=ask, on_failure=failed)
