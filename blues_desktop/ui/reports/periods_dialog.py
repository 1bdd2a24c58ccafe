"""The grant's reporting periods, set by the coordinator in the window: the project's
start and the length of each period in months. The periods they make are listed as the
user types, so a wrong length shows before it is saved."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services.context import AppContext
from blues_desktop.services.reports.periods import (
    Period,
    PeriodPlan,
    PeriodsSaved,
    set_reporting_periods,
)
from blues_desktop.ui.form_errors import FormErrors
from blues_desktop.ui.forms import date_edit, ok_cancel, pydate
from blues_desktop.ui.operations import run_in_background, show_error
from blues_desktop.ui.reports.period_names import period_name


def months_of(periods: tuple[Period, ...]) -> tuple[int, ...]:
    """The length in months of each numbered period (the whole project's row left out)."""
    lengths = []
    for period in periods:
        if period.end is None:
            continue
        after = period.end + timedelta(days=1)
        lengths.append((after.year - period.start.year) * 12 + after.month - period.start.month)
    return tuple(lengths)


def parse_months(text: str) -> tuple[int, ...] | None:
    """"12, 12" as (12, 12); None when a part is not a whole number."""
    parts = [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
    if not parts or not all(part.isdigit() for part in parts):
        return None
    return tuple(int(part) for part in parts)


class PeriodsDialog(QDialog):
    """Saves through `set_reporting_periods` on the database thread; `saved` holds the
    result once it is written (the page then announces the change)."""

    def __init__(
        self, ctx: AppContext, periods: tuple[Period, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: PeriodsSaved | None = None
        self.setWindowTitle(self.tr("Reporting periods"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("The grant's reporting periods: the project's start and the length of each "
            "period in months. Every figure of the Reports page and of the report pack "
            "follows them.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.start = date_edit(periods[0].start if periods else date.today())
        self.months = QLineEdit(", ".join(str(m) for m in months_of(periods)))
        self.months.setPlaceholderText("12, 12")
        form.addRow(self.tr("Project start"), self.start)
        form.addRow(self.tr("Months in each period"), self.months)
        self.errors = FormErrors(form, {"start": self.start, "months": self.months})
        layout.addLayout(form)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        layout.addWidget(self.errors.general)
        self.buttons = ok_cancel(self, self.save, self.tr("Save periods"))
        layout.addWidget(self.buttons)
        self.start.dateChanged.connect(lambda _d: self.show_preview())
        self.months.textChanged.connect(lambda _t: self.show_preview())
        self.show_preview()

    def chosen(self) -> tuple[date, tuple[int, ...] | None]:
        return pydate(self.start.date()), parse_months(self.months.text())

    def show_preview(self) -> None:
        start, months = self.chosen()
        if months is None:
            self.preview.setText(
                self.tr("Write the length of each period in months, separated by commas (12, 12).")
            )
            return
        lines = [period_name(period) for period in PeriodPlan(start, months).periods()[1:]]
        self.preview.setText("<br>".join(lines))

    def save(self) -> None:
        start, months = self.chosen()
        if months is None:
            report = ValidationReport()
            report.error("months", "write the length of each period in whole months (12, 12)")
            self.errors.show(report)
            return
        ctx = self.ctx
        self.errors.clear()

        def done(result: PeriodsSaved) -> None:
            self.saved = result
            self.accept()

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError) and isinstance(
                error.report, ValidationReport
            ):
                self.errors.show(error.report)
            else:
                show_error(self, error)  # anything else in words, or the error dialog

        run_in_background(
            self,
            lambda _p, _c: set_reporting_periods(ctx, start, months),
            on_success=done,
            on_failure=failed,
        )
