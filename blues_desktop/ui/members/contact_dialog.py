"""A contact of an organisation: name, role, how to reach them, and their GDPR consent
(given on, for what, from where) or "do not contact". Checked before it closes."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.domain.persons import PersonInput, validate_person
from blues_desktop.ui.choices import country_box, language_box
from blues_desktop.ui.dialog_buttons import dialog_buttons
from blues_desktop.ui.form_errors import FormErrors
from blues_desktop.ui.forms import date_edit, pydate

DEFAULT_PURPOSE = "BLUES member communication and project reporting"


class ContactDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        organisation_id: str,
        country: str,
        current: PersonInput | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit contact") if current else self.tr("New contact"))
        self.organisation_id = organisation_id
        self.data: PersonInput | None = None
        c = current or PersonInput("", "", organisation_id=organisation_id, country=country)
        self.first_name = QLineEdit(c.first_name)
        self.last_name = QLineEdit(c.last_name)
        self.title_ = QLineEdit(c.title or "")
        self.role = QLineEdit(c.role or "")
        self.email = QLineEdit(c.email or "")
        self.phone = QLineEdit(c.phone or "")
        self.language = language_box(c.language, optional=True)
        self.country = country_box(c.country or country, optional=True)
        self.consent = QCheckBox(self.tr("Consent given on"))
        self.consent.setChecked(c.consent_given_on is not None)
        self.consent_on = date_edit(c.consent_given_on or date.today())
        self.consent_on.setEnabled(self.consent.isChecked())
        self.consent.toggled.connect(self.consent_on.setEnabled)
        self.purpose = QLineEdit(c.consent_purpose or DEFAULT_PURPOSE)
        self.source = QLineEdit(c.consent_source or "")
        self.source.setPlaceholderText(self.tr("e.g. membership form, event registration"))
        self.do_not_contact = QCheckBox(self.tr("Do not contact (the person asked not to be)"))
        self.do_not_contact.setChecked(c.do_not_contact)
        form = QFormLayout()
        for label, widget in (
            (self.tr("First name"), self.first_name),
            (self.tr("Last name"), self.last_name),
            (self.tr("Title"), self.title_),
            (self.tr("Role"), self.role),
            (self.tr("E-mail"), self.email),
            (self.tr("Phone"), self.phone),
            (self.tr("Language"), self.language),
            (self.tr("Country"), self.country),
        ):
            form.addRow(label, widget)
        form.addRow(self.consent, self.consent_on)
        form.addRow(self.tr("Consent for"), self.purpose)
        form.addRow(self.tr("Consent from"), self.source)
        form.addRow("", self.do_not_contact)
        self.errors = FormErrors(
            form,
            {
                "first_name": self.first_name, "last_name": self.last_name,
                "email": self.email, "phone": self.phone, "language": self.language,
                "country": self.country, "consent_given_on": self.consent_on,
            },
        )  # fmt: skip
        self.buttons = dialog_buttons(self, self.tr("Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)

    def entered(self) -> PersonInput:
        consent = self.consent.isChecked()
        return PersonInput(
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            organisation_id=self.organisation_id,
            title=self.title_.text().strip() or None,
            role=self.role.text().strip() or None,
            email=self.email.text().strip() or None,
            phone=self.phone.text().strip() or None,
            language=self.language.currentData() or None,
            country=self.country.currentData() or None,
            consent_given_on=pydate(self.consent_on.date()) if consent else None,
            consent_purpose=(self.purpose.text().strip() or None) if consent else None,
            consent_source=(self.source.text().strip() or None) if consent else None,
            do_not_contact=self.do_not_contact.isChecked(),
        )

    def accept(self) -> None:
        data = self.entered()
        if not self.errors.show(validate_person(data, today=date.today())):
            return
        self.data = data
        super().accept()
