"""Who is at the keyboard: chosen at start when the computer has more than one user,
and from File ▸ Users… at any time. The last one chosen is preselected."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.domain.users import clean_user_name, user_name_problem
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services.context import AppContext, Installation
from blues_desktop.ui.form_errors import FormErrors
from blues_desktop.ui.forms import ok_cancel
from blues_desktop.ui.messages import say


@dataclass(frozen=True, slots=True)
class UserChoice:
    name: str
    is_new: bool = False  # added in the chooser: recorded when the data is open


class UserChooser(QDialog):
    def __init__(
        self,
        users: list[str],
        current: str | None,
        office_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is using BLUES Desktop?"))
        self.setMinimumWidth(420)
        self.choice: UserChoice | None = None
        self._new: set[str] = set()
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "<b>{office_label}</b><br>Choose your name: every change, approval and bundle records who made it."
            ).format(office_label=say(office_label))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.names = QListWidget()
        for name in users:
            self.names.addItem(name)
        found = self.names.findItems(current or "", Qt.MatchFlag.MatchExactly)
        self.names.setCurrentItem(found[0] if found else self.names.item(0))
        self.names.itemDoubleClicked.connect(lambda _item: self.choose())
        self.add_button = QPushButton(self.tr("Add a user…"))
        self.add_button.clicked.connect(self.ask_new_user)
        # The list and the button in a form, so each message stands under what it is about.
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.names)
        form.addRow(self.add_button)
        self.errors = FormErrors(form, {"name": self.names, "new_user": self.add_button})
        layout.addLayout(form, 1)
        layout.addWidget(self.errors.general)
        layout.addWidget(ok_cancel(self, self.choose, self.tr("Continue")))

    def users(self) -> list[str]:
        return [self.names.item(i).text() for i in range(self.names.count())]

    def add_name(self, name: str) -> bool:
        """Add a new user to the list (checked like the service checks it)."""
        problem = user_name_problem(name, self.users())
        report = ValidationReport()
        if problem is not None:
            report.error("new_user", problem)
        if not self.errors.show(report):
            return False
        cleaned = clean_user_name(name)
        self._new.add(cleaned)
        item = QListWidgetItem(cleaned)
        self.names.addItem(item)
        self.names.setCurrentItem(item)
        return True

    def ask_new_user(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Add a user"), self.tr("The new user's name:")
        )
        if ok:
            self.add_name(name)

    def choose(self) -> None:
        item = self.names.currentItem()
        if item is None:
            report = ValidationReport()
            report.error("name", self.tr("Choose your name, or add it."))
            self.errors.show(report)
            return
        self.choice = UserChoice(item.text(), item.text() in self._new)
        self.accept()


def apply_choice(installation: Installation, choice: UserChoice, added_by: str) -> AppContext:
    """Record the choice: add the user if new, remember them as the last one."""
    from blues_desktop.services.users import add_user, choose_user

    if choice.is_new:
        add_user(installation, choice.name, added_by=added_by)
    return choose_user(installation, choice.name)
