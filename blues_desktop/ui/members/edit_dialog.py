"""Create or edit an organisation; each rule's message is shown under its field.

The record is read and saved by services on the background runner: the dialog opens at
once and fills its fields when the record arrives; Save checks the rules first (pure, on
the spot) and writes in the background, closing when the write has succeeded.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.domain.changes import Kind
from blues_desktop.domain.errors import NotFoundError, ValidationError
from blues_desktop.domain.organisations import ORG_TYPES, OrganisationInput, validate_organisation
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.editing import (
    SaveResult,
    organisation_input,
    save_organisation,
)
from blues_desktop.ui import i18n
from blues_desktop.ui.change_hub import follow_changes
from blues_desktop.ui.choices import choose, country_box
from blues_desktop.ui.colours import ERROR_STYLE
from blues_desktop.ui.dialog_buttons import dialog_buttons
from blues_desktop.ui.form_errors import FormErrors
from blues_desktop.ui.members.merge_prompt import ask_merge
from blues_desktop.ui.operations import run_in_background, run_read, show_error

TEXT_FIELDS = (
    ("legal_name", QT_TRANSLATE_NOOP("edit_dialog", "Legal name *")), ("short_name", QT_TRANSLATE_NOOP("edit_dialog", "Short name")),
    ("region", QT_TRANSLATE_NOOP("edit_dialog", "Region")), ("city", QT_TRANSLATE_NOOP("edit_dialog", "City")), ("postcode", QT_TRANSLATE_NOOP("edit_dialog", "Postcode")), ("address", QT_TRANSLATE_NOOP("edit_dialog", "Address")),
    ("website", QT_TRANSLATE_NOOP("edit_dialog", "Website")), ("vat_number", QT_TRANSLATE_NOOP("edit_dialog", "VAT number")), ("registration_number", QT_TRANSLATE_NOOP("edit_dialog", "Registration number")),
    ("sectors", QT_TRANSLATE_NOOP("edit_dialog", "Sectors (comma-separated)")), ("employees_band", QT_TRANSLATE_NOOP("edit_dialog", "Employees")),
    ("member_since", QT_TRANSLATE_NOOP("edit_dialog", "Member since (YYYY-MM-DD)")), ("member_until", QT_TRANSLATE_NOOP("edit_dialog", "Member until (YYYY-MM-DD)")),
)  # fmt: skip


class OrganisationDialog(QDialog):
    merge_done = Signal(object)  # MergeResult: the saved record was merged into a look-alike

    def __init__(
        self, ctx: AppContext, organisation_id: str | None = None, parent: QWidget | None = None
    ) -> None:  # noqa: E501
        super().__init__(parent)
        self.ctx, self.organisation_id = ctx, organisation_id
        self.result_: SaveResult | None = None
        # The record as stored: fields the form does not show (membership flag, profile
        # link) are kept as they are when the form's fields are saved.
        self.loaded: OrganisationInput | None = None
        self.saving = False
        self.setWindowTitle(self.tr("Edit organisation") if organisation_id else self.tr("New organisation"))
        form = QFormLayout()
        self.inputs: dict[str, QLineEdit] = {}
        self.org_type = QComboBox()
        for code, label in ORG_TYPES.items():
            self.org_type.addItem(i18n.label(label), code)
        self.country = country_box(None, optional=True)  # chosen by name, stored as code
        for name, label in TEXT_FIELDS:
            self.inputs[name] = QLineEdit()
            form.addRow(QCoreApplication.translate("edit_dialog", label), self.inputs[name])
            if name == "short_name":
                form.addRow(self.tr("Type *"), self.org_type)
                form.addRow(self.tr("Country *"), self.country)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        form.addRow(self.tr("Notes"), self.notes)
        self.errors = FormErrors(
            form,
            {**self.inputs, "org_type": self.org_type, "country": self.country, "notes": self.notes},
        )
        self.messages = self.errors.labels  # the message under each field, by field
        self.buttons = dialog_buttons(self, self.tr("Save"), self.save)
        layout = QVBoxLayout(self)
        # Said when the record changes elsewhere (an imported bundle, another window)
        # while the form is open.
        self.notice = QLabel()
        self.notice.setObjectName("changedElsewhere")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        if organisation_id:
            self._load(organisation_id)
            follow_changes(self, ctx, frozenset({Kind.MEMBERS}), self._changed_elsewhere)

    def _load(self, organisation_id: str) -> None:
        self.buttons.setEnabled(False)  # nothing to save before the record is shown
        ctx = self.ctx
        run_read(
            self, lambda _p, _c: organisation_input(ctx, organisation_id), on_success=self.fill
        )

    def _changed_elsewhere(self) -> None:
        """Members changed while the form is open: read the record again and compare."""
        if self.saving or self.organisation_id is None or self.loaded is None:
            return  # this dialog's own save, or the record has not arrived yet
        ctx, organisation_id = self.ctx, self.organisation_id
        run_read(
            self,
            lambda _p, _c: organisation_input(ctx, organisation_id),
            on_success=self._compare,
            on_failure=self._gone,
        )

    def _compare(self, stored: OrganisationInput) -> None:
        if self.saving or self.loaded is None or stored == self.loaded:
            return
        if self.form_input()[0] == self.loaded:  # nothing typed yet: show the record as it is
            self.fill(stored)
            self._say(
                self.tr("This organisation was changed elsewhere (another window or an imported "
                "bundle); the form now shows it as stored.")
            )
            return
        self._say(
            self.tr("This organisation was changed elsewhere (another window or an imported bundle) "
            "while you edited it. Saving writes your version over those changes; Cancel "
            "keeps them.")
        )

    def _gone(self, exc: BaseException) -> None:
        if not isinstance(exc, NotFoundError):
            show_error(self, exc)
            return
        act = self.buttons.findChild(QPushButton, "actButton")
        if act is not None:
            act.setEnabled(False)
        self._say(
            self.tr("This organisation was deleted elsewhere (another window or an imported bundle) "
            "while the form was open; there is nothing left to save it to.")
        )

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(ERROR_STYLE)
        self.notice.show()

    def fill(self, data: OrganisationInput) -> None:
        self.loaded = data
        for name, edit in self.inputs.items():
            value = getattr(data, name)
            edit.setText(value.isoformat() if isinstance(value, date) else value or "")
        self.org_type.setCurrentIndex(self.org_type.findData(data.org_type))
        choose(self.country, (data.country or "").strip().upper() or None)
        self.notes.setPlainText(data.notes or "")
        self.buttons.setEnabled(True)

    def form_input(self) -> tuple[OrganisationInput, ValidationReport]:
        """The input, and the dates that could not be read (the rules report the rest)."""
        report = ValidationReport()
        values: dict[str, object] = {}
        for name, edit in self.inputs.items():
            text = edit.text().strip()
            if name in ("member_since", "member_until"):
                try:
                    values[name] = date.fromisoformat(text) if text else None
                except ValueError:
                    report.error(
                        name,
                        self.tr("{value} is not a date; write it as 2024-05-31").format(
                            value=repr(text)
                        ),
                    )
                    values[name] = None
            else:
                values[name] = text or None
        values["legal_name"] = values["legal_name"] or ""
        values["country"] = self.country.currentData() or ""
        values["org_type"] = self.org_type.currentData()
        values["notes"] = self.notes.toPlainText().strip() or None
        if self.loaded is not None:
            return replace(self.loaded, **values), report  # type: ignore[arg-type]
        return OrganisationInput(**values), report  # type: ignore[arg-type]

    def show_report(self, report: ValidationReport) -> None:
        self.errors.show(report)

    def save(self) -> None:
        """Check the form, then save in the background; a rule the stored data breaks
        (a number that was flagged) comes back as a report shown at its field."""
        if self.saving:
            return
        data, unreadable = self.form_input()
        if not unreadable.ok:
            unreadable.extend(validate_organisation(data))
            self.show_report(unreadable)
            return
        ctx, organisation_id = self.ctx, self.organisation_id
        self.saving = True
        self.buttons.setEnabled(False)
        run_in_background(
            self,
            lambda _p, _c: save_organisation(ctx, data, organisation_id),
            on_success=self.saved,
            on_failure=self.not_saved,
        )

    def saved(self, result: SaveResult) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.show_report(ValidationReport())
        self.result_ = result
        if result.duplicates:
            self.ask_about_duplicates(result)
        self.accept()

    def not_saved(self, exc: BaseException) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError) and isinstance(exc.report, ValidationReport):
            self.show_report(exc.report)
        else:
            show_error(self, exc)

    def ask_about_duplicates(self, result: SaveResult) -> None:
        """The user decides: keep both, or merge this one into a likely duplicate. The
        question outlives this dialog (it closes on save), so it belongs to the page; the
        merge runs in the background and `merge_done` tells the page."""
        ask_merge(
            self.parentWidget() or self, self.ctx, result.id, result.duplicates,
            self.merge_done.emit,
        )  # fmt: skip
