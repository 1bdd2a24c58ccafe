"""First run: which office this installation belongs to, and who is using it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.domain.errors import BluesError
from blues_desktop.domain.offices import PARTNER_OFFICES
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services.context import Installation
from blues_desktop.services.setup import SetupResult, initialise
from blues_desktop.ui.form_errors import FormErrors
from blues_desktop.ui.forms import ok_cancel
from blues_desktop.ui.messages import say


class SetupDialog(QDialog):
    def __init__(self, installation: Installation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.installation = installation
        self.result_value: SetupResult | None = None
        self.setWindowTitle(self.tr("Set up BLUES Desktop"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "<b>Welcome to BLUES Desktop.</b><br>Choose the office this computer works for. The app creates its database and the office's keys (for signing and receiving bundles) in<br><code>{root}</code>"
            ).format(root=installation.paths.root)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.office = QComboBox()
        for office in PARTNER_OFFICES:
            self.office.addItem(say(office.label), office.code)
        # no office chosen for the user: a partner's laptop set up as the coordinator
        # would sign its bundles as the coordinator
        self.office.setPlaceholderText(self.tr("Choose the office of this computer…"))
        self.office.setCurrentIndex(-1)
        form.addRow(self.tr("&Office:"), self.office)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. María Pérez"))
        form.addRow(self.tr("Your &name:"), self.name)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("optional"))
        form.addRow(self.tr("Key &passphrase:"), self.passphrase)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Repeat passphrase:"), self.repeat)
        self.errors = FormErrors(
            form, {"office": self.office, "name": self.name, "repeat": self.repeat}
        )
        layout.addLayout(form)
        warning = QLabel(
            self.tr(
                "A passphrase protects the office's keys on this computer. Keep it safe: without "
                "it the keys cannot be opened, and no bundle can be written or read here. "
                "Leave it empty to rely on this computer's user account alone."
            )
        )
        warning.setWordWrap(True)
        layout.addWidget(warning)
        layout.addWidget(self.errors.general)
        layout.addWidget(ok_cancel(self, self.create_office, self.tr("Create office")))

    def create_office(self) -> None:
        report = ValidationReport()
        if self.office.currentIndex() < 0:
            report.error("office", self.tr("Choose the office this computer works for."))
        if not self.name.text().strip():
            report.error(
                "name", self.tr("Your name is needed: it is recorded with every change you make.")
            )
        if self.passphrase.text() != self.repeat.text():
            report.error("repeat", self.tr("The two passphrases differ."))
        if not self.errors.show(report):
            return
        try:
            self.result_value = initialise(
                self.installation,
                str(self.office.currentData()),
                self.name.text(),
                self.passphrase.text() or None,
            )
        except BluesError as exc:
            # A refusal about the whole set-up (the folder is set up already, the keys
            # found there do not open): under the form.
            self.errors.show_general(say(exc))
            return
        self.accept()
