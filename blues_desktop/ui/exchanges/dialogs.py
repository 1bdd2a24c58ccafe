"""Dialogs of the Exchanges page: registration, CtQ content, closing report, rules."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.domain.errors import BluesError, ValidationError
from blues_desktop.domain.exchanges.actions import Action
from blues_desktop.domain.exchanges.rules import ORG_TYPE_LABELS, EvaluationQuestion
from blues_desktop.domain.offices import OFFICE_CODES
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services.context import AppContext
from blues_desktop.services.exchanges import (
    ClosingReport,
    ExchangeResult,
    NewOrganisation,
    NewPerson,
    Registration,
    register,
)
from blues_desktop.services.exchanges.detail import ExchangeDetail
from blues_desktop.services.exchanges.queries import find_organisations
from blues_desktop.ui import i18n
from blues_desktop.ui.choices import country_box
from blues_desktop.ui.colours import ERROR_STYLE
from blues_desktop.ui.dialog_buttons import act_button, dialog_buttons
from blues_desktop.ui.exchanges.follow import FollowedExchange, notice_label
from blues_desktop.ui.forms import date_edit, pydate
from blues_desktop.ui.locale_format import day_text
from blues_desktop.ui.messages import say, say_result
from blues_desktop.ui.operations import run_in_background, show_error


def to_date(edit: QDateEdit) -> date:
    return pydate(edit.date())


class OrganisationPicker(QGroupBox):
    """Pick an organisation from the register, or enter a new one."""

    def __init__(
        self, ctx: AppContext, title: str, optional: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("type part of the name, then Find"))
        find = QPushButton(self.tr("Find"))
        find.clicked.connect(self.find_matches)
        self.search.returnPressed.connect(self.find_matches)
        self.results = QComboBox()
        if optional:
            self.results.addItem(self.tr("(none yet)"), None)
        self.new = QCheckBox(self.tr("New organisation (not in the register)"))
        self.new_name = QLineEdit()
        self.new_type = QComboBox()
        for code in ORG_TYPE_LABELS:
            self.new_type.addItem(i18n.org_type_text(code), code)
        self.new_country = country_box(ctx.office.country)
        self.new_city = QLineEdit()
        self.new_member = QCheckBox(self.tr("cluster member"))
        self.new_member.setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(find)
        form = QFormLayout(self)
        form.addRow(row)
        form.addRow(self.tr("Register"), self.results)
        form.addRow(self.new)
        form.addRow(self.tr("Name"), self.new_name)
        form.addRow(self.tr("Type"), self.new_type)
        form.addRow(self.tr("Country"), self.new_country)
        form.addRow(self.tr("City"), self.new_city)
        form.addRow("", self.new_member)
        self.new.toggled.connect(self._toggle)
        self._toggle(False)

    def _toggle(self, new: bool) -> None:
        for widget in (
            self.new_name,
            self.new_type,
            self.new_country,
            self.new_city,
            self.new_member,
        ):
            widget.setEnabled(new)
        self.results.setEnabled(not new)

    def find_matches(self) -> None:
        keep_none = self.results.count() and self.results.itemData(0) is None
        self.results.clear()
        if keep_none:
            self.results.addItem(self.tr("(none yet)"), None)
        for choice in find_organisations(self.ctx, self.search.text()):
            line = (
                self.tr("{name} — {type}, member, {city} ({country})")
                if choice.is_member
                else "{name} — {type}, {city} ({country})"  # fields only: not translated
            )
            text = line.format(
                name=choice.name,
                type=i18n.org_type_text(choice.org_type),
                city=choice.city or "?",
                country=choice.country,
            )
            self.results.addItem(text, choice.id)

    def chosen_id(self) -> str | None:
        return None if self.new.isChecked() else self.results.currentData()

    def new_organisation(self) -> NewOrganisation | None:
        if not self.new.isChecked():
            return None
        return NewOrganisation(
            self.new_name.text(),
            self.new_type.currentData(),
            str(self.new_country.currentData() or ""),
            self.new_city.text() or None,
            self.new_member.isChecked(),
        )


class RegistrationDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register an exchange"))
        self.ctx = ctx
        self.visitor = OrganisationPicker(ctx, self.tr("Visiting organisation"))
        self.cluster = OrganisationPicker(ctx, self.tr("Its cluster (for an SME visitor)"), optional=True)
        self.cluster.new.setVisible(False)
        self.host = OrganisationPicker(ctx, self.tr("Host organisation (if known)"), optional=True)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.email = QLineEdit()
        self.partnership = QComboBox()
        self.partnership.addItems(list(OFFICE_CODES))
        self.partnership.setCurrentText(ctx.office_code)
        self.start = date_edit(date.today() + timedelta(days=60))
        self.end = date_edit(date.today() + timedelta(days=64))
        self.km = QSpinBox()
        self.km.setRange(0, 20000)
        self.km.setSpecialValueText(self.tr("from the gazetteer"))
        self.motivation = QPlainTextEdit()
        self.motivation.setMaximumHeight(60)
        self.sector = QLineEdit()
        self.override = QLineEdit()
        self.override.setPlaceholderText(self.tr("only for a second visit of the same organisation"))
        self.cv = QLineEdit()
        self.cv.setPlaceholderText(self.tr("path of the CV (PDF), optional"))
        self.errors = QLabel()
        self.errors.setObjectName("registrationErrors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet(ERROR_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("Travelling person: first name"), self.first_name)
        form.addRow(self.tr("Last name"), self.last_name)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Visitor's partnership"), self.partnership)
        form.addRow(self.tr("First day"), self.start)
        form.addRow(self.tr("Last day"), self.end)
        form.addRow(self.tr("Distance (km)"), self.km)
        form.addRow(self.tr("Motivation"), self.motivation)
        form.addRow(self.tr("Preferred sector"), self.sector)
        form.addRow(self.tr("Override reason"), self.override)
        form.addRow(self.tr("CV"), self.cv)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.visitor)
        left.addWidget(self.cluster)
        right = QVBoxLayout()
        right.addWidget(self.host)
        right.addLayout(form)
        columns.addLayout(left)
        columns.addLayout(right)
        self.buttons = dialog_buttons(self, self.tr("Register"), self.submit)
        self.result_: ExchangeResult | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        """Register in the background; the dialog closes when the exchange is stored and
        stays open with the reasons when it is refused."""
        registration, ctx = self.registration(), self.ctx
        self.buttons.setEnabled(False)
        run_in_background(
            self,
            lambda _p, _c: register(ctx, registration),
            on_success=self._registered,
            on_failure=self._refused,
        )

    def _registered(self, result: ExchangeResult) -> None:
        self.buttons.setEnabled(True)
        self.result_ = result
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        report = exc.report if isinstance(exc, ValidationError) else None
        if isinstance(report, ValidationReport) and report.errors:
            # One finding a line, each with its field; a finding may itself hold a "; ".
            self.errors.setText("\n".join(say_result(r) for r in report.errors))
        elif isinstance(exc, BluesError):
            self.show_errors(say(exc))
        else:
            show_error(self, exc)

    def registration(self) -> Registration:
        person = None
        if self.first_name.text().strip() or self.last_name.text().strip():
            person = NewPerson(
                self.first_name.text(), self.last_name.text(), self.email.text() or None
            )
        return Registration(
            visitor_org_id=self.visitor.chosen_id(),
            new_visitor_org=self.visitor.new_organisation(),
            new_visitor_person=person,
            visitor_cluster_id=self.cluster.chosen_id(),
            host_org_id=self.host.chosen_id(),
            new_host_org=self.host.new_organisation(),
            visitor_partnership=self.partnership.currentText(),
            start_date=to_date(self.start),
            end_date=to_date(self.end),
            manual_km=self.km.value() or None,
            motivation=self.motivation.toPlainText() or None,
            preferences={"sector": self.sector.text()} if self.sector.text() else {},
            cv_path=Path(self.cv.text()) if self.cv.text().strip() else None,
            override_reason=self.override.text() or None,
        )

    def show_errors(self, message: str) -> None:
        self.errors.setText(message.replace("; ", "\n"))


class CtqDialog(QDialog):
    """Goals, objectives and one agenda line per working day of the stay."""

    def __init__(
        self, detail: ExchangeDetail, parent: QWidget | None = None, *, ctx: AppContext | None = None
    ) -> None:
        """With `ctx` the dialog follows its exchange while open (ui/exchanges/follow.py)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Commitment to Quality — {reference}").format(reference=detail.reference))
        self.goals = QPlainTextEdit()
        self.objectives = QPlainTextEdit()
        self.days: list[tuple[str, QLineEdit]] = []
        self.form = form = QFormLayout(self)
        form.addRow(self.tr("Goals"), self.goals)
        form.addRow(self.tr("Objectives"), self.objectives)
        self.fill(detail)  # then one row per day of the stay, built again on a change
        self.as_opened = self.values()
        self.notice = notice_label()
        form.addRow(self.notice)
        buttons = dialog_buttons(self, self.tr("Save"))
        self.save_button = act_button(buttons)
        form.addRow(buttons)
        if ctx is not None:
            self.follower = FollowedExchange(
                self, ctx, detail, Action.EDIT_CTQ, part=_ctq_part,
                untouched=lambda: self.values() == self.as_opened,
                fill=self.fill, notice=self.notice, save=self.save_button,
            )  # fmt: skip

    def fill(self, detail: ExchangeDetail) -> None:
        self.goals.setPlainText(detail.goals)
        self.objectives.setPlainText(detail.objectives)
        first = 2  # the days' rows follow the goals and the objectives
        for _day in self.days:
            self.form.removeRow(first)
        known = dict(detail.agenda)
        self.days = []
        for row, day in enumerate(detail.stay, start=first):
            edit = QLineEdit(known.get(day.isoformat(), ""))
            self.days.append((day.isoformat(), edit))
            self.form.insertRow(row, day_text(day), edit)
        self.as_opened = self.values()

    def values(self) -> dict[str, object]:
        return {
            "goals": self.goals.toPlainText(),
            "objectives": self.objectives.toPlainText(),
            "agenda": [(day, edit.text()) for day, edit in self.days if edit.text().strip()],
        }


def _ctq_part(detail: ExchangeDetail) -> object:
    return (detail.goals, detail.objectives, detail.agenda, detail.stay)


class ReportDialog(QDialog):
    """The closing report and the evaluation questionnaire."""

    def __init__(
        self,
        detail: ExchangeDetail,
        questions: tuple[EvaluationQuestion, ...],
        parent: QWidget | None = None,
        *,
        ctx: AppContext | None = None,
    ) -> None:
        """With `ctx` the dialog follows its exchange while open (ui/exchanges/follow.py)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Closing report — {reference}").format(reference=detail.reference))
        self.fields: dict[str, QPlainTextEdit] = {}
        form = QFormLayout(self)
        for key, label in (
            ("activities", self.tr("What was done")),
            ("results", self.tr("Results")),
            ("contacts_made", self.tr("Contacts made")),
            ("agreements", self.tr("Agreements signed or planned")),
            ("follow_up", self.tr("Follow-up")),
        ):
            edit = QPlainTextEdit()
            edit.setMaximumHeight(56)
            self.fields[key] = edit
            form.addRow(label, edit)
        self.scores: dict[str, QSpinBox] = {}
        for question in questions:
            spin = QSpinBox()
            spin.setRange(0, 5)
            spin.setSpecialValueText("—")
            self.scores[question.id] = spin
            form.addRow(i18n.label(question.text), spin)
        self.recommend = QCheckBox(self.tr("would recommend a ClusterXchange exchange"))
        form.addRow(self.recommend)
        self.fill(detail)
        self.notice = notice_label()
        form.addRow(self.notice)
        buttons = dialog_buttons(self, self.tr("Save"))
        self.save_button = act_button(buttons)
        form.addRow(buttons)
        if ctx is not None:
            self.follower = FollowedExchange(
                self, ctx, detail, Action.WRITE_REPORT, part=lambda d: d.report,
                untouched=lambda: self.report() == self.as_opened,
                fill=self.fill, notice=self.notice, save=self.save_button,
            )  # fmt: skip

    def fill(self, detail: ExchangeDetail) -> None:
        report = detail.report
        for key, edit in self.fields.items():
            edit.setPlainText(getattr(report, key) if report else "")
        for key, spin in self.scores.items():
            spin.setValue(report.scores.get(key, 0) if report else 0)
        self.recommend.setChecked(bool(report and report.would_recommend))
        self.as_opened = self.report()

    def report(self) -> ClosingReport:
        return ClosingReport(
            **{key: edit.toPlainText() for key, edit in self.fields.items()},
            scores={key: spin.value() for key, spin in self.scores.items() if spin.value()},
            would_recommend=self.recommend.isChecked(),
        )


def country_label(code: str | None) -> str:
    return f"{i18n.country_text(code)} ({code})" if code else "—"
