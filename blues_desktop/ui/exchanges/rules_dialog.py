"""The programme rules as a form: money and duration, countries with their thresholds,
who may visit and what evidence is asked, and the evaluation questions.

The coordinator edits a copy of the rules in force and publishes it as a new version;
partners see the same form read-only. The form gives back the rules' stored form (a
dict), which the domain checks field by field before anything is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.domain.countries import COSME_ASSOCIATED, EU27
from blues_desktop.domain.errors import BluesError, ValidationError
from blues_desktop.domain.exchanges.rules import EVIDENCE_LABELS, ORG_TYPE_LABELS, Rules
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.ui import i18n
from blues_desktop.ui.exchanges.follow import notice_label, say_notice
from blues_desktop.ui.forms import date_edit, errors_label, pydate
from blues_desktop.ui.geometry import remember_geometry
from blues_desktop.ui.locale_format import decimal_text
from blues_desktop.ui.messages import say
from blues_desktop.ui.operations import run_in_background, show_error
from blues_desktop.ui.widgets import button, hrow

EVIDENCE_CHOICES = {
    "required": QT_TRANSLATE_NOOP("RulesDialog", "required"),
    "accepted": QT_TRANSLATE_NOOP("RulesDialog", "accepted as well"),
    "": QT_TRANSLATE_NOOP("RulesDialog", "not asked"),
}

# Where each field of the stored rules sits in the form, for the error list.
FIELD_PLACES = {
    "cap": QT_TRANSLATE_NOOP("RulesDialog", "Money and duration, cap"),
    "halve_below_days": QT_TRANSLATE_NOOP(
        "RulesDialog", "Money and duration, halving (working days)"
    ),
    "halve_below_km": QT_TRANSLATE_NOOP("RulesDialog", "Money and duration, halving (km)"),
    "min_working_days": QT_TRANSLATE_NOOP("RulesDialog", "Money and duration, shortest stay"),
    "max_working_days": QT_TRANSLATE_NOOP("RulesDialog", "Money and duration, longest stay"),
    "payment_days": QT_TRANSLATE_NOOP("RulesDialog", "Money and duration, pay within"),
    "thresholds": QT_TRANSLATE_NOOP("RulesDialog", "Countries and thresholds"),
    "cosme_countries": QT_TRANSLATE_NOOP("RulesDialog", "Countries and thresholds"),
    "visitor_types": QT_TRANSLATE_NOOP("RulesDialog", "Visitors and evidence"),
    "evaluation_questions": QT_TRANSLATE_NOOP("RulesDialog", "Evaluation questions"),
}

# Runs on the database thread (ui/operations.py): it must not touch widgets.
PublishFn = Callable[[dict[str, Any], date, str], object]


def problem_place(field_name: str) -> str:
    """ "thresholds.DE" -> "Countries and thresholds, Germany (DE)"."""
    head, _, country = field_name.partition(".")
    place = (
        QCoreApplication.translate("RulesDialog", FIELD_PLACES[head])
        if head in FIELD_PLACES
        else field_name
    )
    return f"{place}, {i18n.country_text(country)} ({country})" if country else place


def _spin(value: int, low: int, high: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


def _read_only_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class _CountriesTable(QTableWidget):
    """One row per country: taking part in COSME (a check box) and the threshold in EUR."""

    def __init__(self, rules: Rules) -> None:
        codes = sorted(EU27 | COSME_ASSOCIATED | set(rules.thresholds) | {"GB"}, key=i18n.country_text)
        super().__init__(len(codes), 3)
        self.setHorizontalHeaderLabels([self.tr("Country"), self.tr("Takes part in COSME"), self.tr("Threshold (EUR)")])
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.codes = codes
        for row, code in enumerate(codes):
            self.setItem(row, 0, _read_only_item(f"{i18n.country_text(code)} ({code})"))
            taking_part = _read_only_item("")
            taking_part.setFlags(taking_part.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            taking_part.setCheckState(
                Qt.CheckState.Checked if code in rules.cosme_countries else Qt.CheckState.Unchecked
            )
            self.setItem(row, 1, taking_part)
            threshold = rules.thresholds.get(code)
            self.setItem(row, 2, QTableWidgetItem(decimal_text(threshold, 2) if threshold else ""))

    def cell(self, row: int, column: int) -> QTableWidgetItem:
        """A cell of the table (every cell is filled when the table is built)."""
        item = self.item(row, column)
        assert item is not None
        return item

    def set_threshold_of_selected(self, amount: Decimal) -> None:
        for index in self.selectionModel().selectedRows():
            self.cell(index.row(), 2).setText(decimal_text(amount, 2))

    def values(self) -> tuple[dict[str, str], list[str]]:
        """(thresholds by country, the COSME countries): empty thresholds are left out; a
        threshold that is not an amount is passed on as typed, so the check names it."""
        thresholds: dict[str, str] = {}
        countries: list[str] = []
        for row, code in enumerate(self.codes):
            typed = self.cell(row, 2).text().strip().replace(",", ".")
            if typed:
                thresholds[code] = typed
            if self.cell(row, 1).checkState() == Qt.CheckState.Checked:
                countries.append(code)
        return thresholds, countries


class _QuestionsTable(QTableWidget):
    def __init__(self, rules: Rules) -> None:
        super().__init__(len(rules.evaluation_questions), 2)
        self.setHorizontalHeaderLabels([self.tr("Id"), self.tr("Question (scored 1–5)")])
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, question in enumerate(rules.evaluation_questions):
            self.setItem(row, 0, QTableWidgetItem(question.id))
            self.setItem(row, 1, QTableWidgetItem(question.text))

    def add_question(self) -> None:
        row = self.rowCount()
        self.insertRow(row)
        question_id = f"q{row + 1}"  # an id, not a word: not translated
        self.setItem(row, 0, QTableWidgetItem(question_id))
        text = QTableWidgetItem("")
        self.setItem(row, 1, text)
        self.editItem(text)

    def remove_selected(self) -> None:
        for index in sorted(self.selectionModel().selectedRows(), reverse=True):
            self.removeRow(index.row())

    def values(self) -> list[dict[str, str]]:
        return [
            {
                "id": (item.text() if (item := self.item(row, 0)) else "").strip(),
                "text": (item.text() if (item := self.item(row, 1)) else "").strip(),
            }
            for row in range(self.rowCount())
        ]


class RulesDialog(QDialog):
    """The programme rules in force; the coordinator publishes a new version."""

    def __init__(
        self,
        rules: Rules,
        versions: str,
        publish: PublishFn | None,
        parent: QWidget | None = None,
    ) -> None:
        """`publish(values, valid_from, note)` stores a new version or raises a BluesError;
        None shows the rules read-only."""
        super().__init__(parent)
        editable = publish is not None
        self._publish = publish
        self.published: object = None  # what `publish` returned
        self.editable = editable
        remember_geometry(self, "programme_rules", 720, 720)
        self.tabs = QTabWidget()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.show_rules(rules, versions)
        # Said when the rules change elsewhere (another window, an imported bundle).
        self.notice = notice_label()
        self.valid_from = date_edit(date.today())
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. 2027 call: new thresholds"))
        form = QFormLayout()
        form.addRow(self.tr("New version valid from"), self.valid_from)
        form.addRow(self.tr("Note"), self.note)
        self.errors = errors_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.publish = QPushButton(self.tr("Publish as new version"))
        self.publish.setEnabled(editable)
        buttons.addButton(self.publish, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.publish.clicked.connect(self.try_publish)

        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.tabs, 1)
        if editable:
            layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

    def show_rules(self, rules: Rules, versions: str) -> None:
        """Fill the form with `rules` (again when another version arrives)."""
        self.setWindowTitle(self.tr("Programme rules (version {version} in force)").format(version=rules.version))
        self.rules = rules
        current = self.tabs.currentIndex()
        while self.tabs.count():
            old = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if old is not None:
                old.deleteLater()
        self.tabs.addTab(self._money_tab(rules), self.tr("Money and duration"))
        self.tabs.addTab(self._countries_tab(rules), self.tr("Countries and thresholds"))
        self.tabs.addTab(self._visitors_tab(rules), self.tr("Visitors and evidence"))
        self.tabs.addTab(self._questions_tab(rules), self.tr("Evaluation questions"))
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            assert tab is not None
            tab.setEnabled(self.editable)
        self.tabs.setCurrentIndex(max(current, 0))
        lines = [versions]
        if not self.editable:
            lines.append(
                self.tr(
                    "Read-only: the coordinator (BPT) keeps the rules; they arrive in its bundle."
                )
            )
        self.info.setText("\n".join(lines))
        self.as_shown = self.values()

    def rules_changed(self, rules: Rules, versions: str) -> None:
        """The rules were read again after a change elsewhere: show the new version if
        the form is untouched, else keep the user's edits and say so."""
        if rules == self.rules:
            return
        if self.values() == self.as_shown:
            self.show_rules(rules, versions)
            say_notice(
                self.notice,
                self.tr(
                    "Version {version} of the programme rules came in while this window was "
                    "open (another window or an imported bundle); the form now shows it."
                ).format(version=rules.version),
            )
            return
        say_notice(
            self.notice,
            self.tr(
                "Version {version} of the programme rules came in while you edited them "
                "(another window or an imported bundle). Publishing makes your version the "
                "newest; Close keeps theirs."
            ).format(version=rules.version),
        )

    # --- tabs ----------------------------------------------------------------
    def _money_tab(self, rules: Rules) -> QWidget:
        self.cap = QDoubleSpinBox()
        self.cap.setRange(0, 100_000)
        self.cap.setDecimals(2)
        self.cap.setSuffix(self.tr(" EUR"))
        self.cap.setValue(float(rules.cap))
        self.halve_days = _spin(rules.halve_below_days, 1, 60, self.tr(" working days"))
        self.halve_km = _spin(rules.halve_below_km, 0, 20_000, self.tr(" km"))
        self.min_days = _spin(rules.min_working_days, 1, 60, self.tr(" working days"))
        self.max_days = _spin(rules.max_working_days, 1, 120, self.tr(" working days"))
        self.payment_days = _spin(rules.payment_days, 0, 365, self.tr(" days after the exchange"))
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Cap per visiting organisation"), self.cap)
        form.addRow(self.tr("Halve the lump sum if the stay is under"), self.halve_days)
        form.addRow(self.tr("… or the distance is under"), self.halve_km)
        form.addRow(self.tr("Shortest stay"), self.min_days)
        form.addRow(self.tr("Longest stay"), self.max_days)
        form.addRow(self.tr("Pay within"), self.payment_days)
        hint = QLabel(
            self.tr("The lump sum is the threshold of the host's country, halved once, never above "
            "the cap. Agreements already issued keep the version they were computed under.")
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        return page

    def _countries_tab(self, rules: Rules) -> QWidget:
        self.countries = _CountriesTable(rules)
        self.countries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bulk_amount = QDoubleSpinBox()
        self.bulk_amount.setRange(0.01, 100_000)
        self.bulk_amount.setDecimals(2)
        self.bulk_amount.setSuffix(self.tr(" EUR"))
        self.bulk_amount.setValue(float(rules.thresholds.get("DE", Decimal("780"))))
        self.set_bulk = button(
            self.tr("Set"),
            lambda: self.countries.set_threshold_of_selected(
                Decimal(f"{self.bulk_amount.value():.2f}")
            ),
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            QLabel(self.tr("Host and visitor must both be in a country that takes part in COSME."))
        )
        layout.addWidget(self.countries, 1)
        layout.addLayout(
            hrow(
                QLabel(self.tr("Threshold of the selected countries:")),
                self.bulk_amount,
                self.set_bulk,
            )
        )
        return page

    def _visitors_tab(self, rules: Rules) -> QWidget:
        types = QGroupBox(self.tr("Who may visit (the others may only host)"))
        grid = QGridLayout(types)
        for column, heading in enumerate(
            (
                self.tr("Organisation type"),
                self.tr("May visit"),
                self.tr("Must be a member"),
                self.tr("Must name its cluster"),
            )
        ):
            title = QLabel(heading)
            bold = title.font()
            bold.setBold(True)
            title.setFont(bold)
            grid.addWidget(title, 0, column)
        self.visitor_checks: dict[str, tuple[QCheckBox, QCheckBox, QCheckBox]] = {}
        for row, org_type in enumerate(ORG_TYPE_LABELS, start=1):
            label = i18n.org_type_text(org_type)
            rule = rules.visitor_type(org_type)
            checks = (QCheckBox(), QCheckBox(), QCheckBox())
            checks[0].setChecked(rule is not None)
            checks[1].setChecked(bool(rule and rule.member_required))
            checks[2].setChecked(bool(rule and rule.cluster_required))
            for box, name in zip(
                checks,
                (
                    self.tr("{type}: may visit"),
                    self.tr("{type}: must be a member"),
                    self.tr("{type}: must name its cluster"),
                ),
                strict=True,
            ):
                box.setAccessibleName(name.format(type=label))
            grid.addWidget(QLabel(label[:1].upper() + label[1:]), row, 0)
            for column, box in enumerate(checks, start=1):
                grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignCenter)
            self.visitor_checks[org_type] = checks

        evidence = QGroupBox(self.tr("Evidence for the payment"))
        form = QFormLayout(evidence)
        self.evidence: dict[str, QComboBox] = {}
        for key, english in EVIDENCE_LABELS.items():
            label = i18n.label(english)
            choice = QComboBox()
            for value, text in EVIDENCE_CHOICES.items():
                choice.addItem(QCoreApplication.translate("RulesDialog", text), value)
            current = (
                "required"
                if key in rules.evidence_required
                else "accepted"
                if key in rules.evidence_accepted
                else ""
            )
            choice.setCurrentIndex(choice.findData(current))
            form.addRow(label[:1].upper() + label[1:], choice)
            self.evidence[key] = choice

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(types)
        layout.addWidget(evidence)
        layout.addStretch(1)
        return page

    def _questions_tab(self, rules: Rules) -> QWidget:
        self.questions = _QuestionsTable(rules)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.questions, 1)
        layout.addLayout(
            hrow(
                button(self.tr("Add question"), self.questions.add_question),
                button(self.tr("Remove selected"), self.questions.remove_selected),
            )
        )
        return page

    # --- values --------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The rules' stored form, as the domain reads it (`rules_from_dict`)."""
        thresholds, countries = self.countries.values()
        return {
            "thresholds": thresholds,
            "cap": f"{self.cap.value():.2f}",
            "halve_below_days": self.halve_days.value(),
            "halve_below_km": self.halve_km.value(),
            "min_working_days": self.min_days.value(),
            "max_working_days": self.max_days.value(),
            "visitor_types": [
                {
                    "org_type": org_type,
                    "member_required": checks[1].isChecked(),
                    "cluster_required": checks[2].isChecked(),
                }
                for org_type, checks in self.visitor_checks.items()
                if checks[0].isChecked()
            ],
            "cosme_countries": countries,
            "uk_until": self.rules.uk_until.isoformat() if self.rules.uk_until else None,
            "payment_days": self.payment_days.value(),
            "evidence_required": [
                k for k, c in self.evidence.items() if c.currentData() == "required"
            ],
            "evidence_accepted": [
                k for k, c in self.evidence.items() if c.currentData() == "accepted"
            ],
            "evaluation_questions": self.questions.values(),
        }

    def try_publish(self) -> None:
        """Publish in the background and close; on refusal the problems are listed and
        every edit stays."""
        publish = self._publish
        assert publish is not None
        values, valid_from = self.values(), pydate(self.valid_from.date())
        note = self.note.text().strip()
        self.publish.setEnabled(False)  # one publication at a time
        run_in_background(
            self,
            lambda _p, _c: publish(values, valid_from, note),
            on_success=self._published,
            on_failure=self._refused,
        )

    def _published(self, result: object) -> None:
        self.published = result
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.publish.setEnabled(True)
        if isinstance(exc, ValidationError):
            report = exc.report if isinstance(exc.report, ValidationReport) else None
            self.errors.setText(
                "\n".join(f"• {problem_place(r.field)}: {say(r.message)}" for r in report.errors)
                if report is not None
                else say(exc)
            )
        elif isinstance(exc, BluesError):
            self.errors.setText(say(exc))
        else:
            show_error(self, exc)
