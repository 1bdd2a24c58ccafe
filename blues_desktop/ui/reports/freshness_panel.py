"""How fresh each office's data is: the newest bundle merged from each, and a warning
for an office older than the chosen number of days (or never heard from)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from blues_desktop.domain.offices import office_info
from blues_desktop.services.reports.freshness import DEFAULT_MAX_DAYS, Freshness
from blues_desktop.ui.locale_format import date_text

WARNING_STYLE = "color: #a40000; font-weight: bold;"


def office_line(data: Freshness, index: int) -> tuple[str, str, bool]:
    """(office, what is known, whether to warn) for the office at `index`."""
    office = data.offices[index]
    name = f"{office.office} {office_info(office.office).short_name}"
    if office.sequence is None or office.written_at is None or office.imported_at is None:
        return name, QCoreApplication.translate("FreshnessPanel", "nothing merged yet"), True
    text = QCoreApplication.translate(
        "FreshnessPanel",
        "bundle {sequence}, written {written}, imported {imported} (%n days old)",
        "",
        office.age_days or 0,
    ).format(
        sequence=office.sequence,
        written=date_text(office.written_at),
        imported=date_text(office.imported_at),
    )
    return name, text, office.stale(data.max_days)


class FreshnessPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("FreshnessPanel", "Data freshness"), parent)
        outer = QHBoxLayout(self)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        outer.addLayout(self.grid, 1)
        side = QHBoxLayout()
        side.addWidget(QLabel(self.tr("Warn after")))
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(DEFAULT_MAX_DAYS)
        self.days.setSuffix(self.tr(" days"))
        side.addWidget(self.days)
        outer.addLayout(side)
        self.summary = QLabel()
        self.labels: list[QLabel] = []

    def show_freshness(self, data: Freshness) -> None:
        for label in self.labels:
            label.deleteLater()
        self.labels = []
        rows: list[tuple[str, str, bool]] = [office_line(data, i) for i in range(len(data.offices))]
        own = data.own
        if own is not None:
            this = self.tr("{office} (this office)").format(office=data.office)
            if own.sequence is None or own.written_at is None:
                rows.append((this, self.tr("no bundle acknowledged by the coordinator yet"), True))
            else:
                text = self.tr(
                    "bundle {sequence} acknowledged by the coordinator, written {written} "
                    "(%n days old)",
                    "",
                    own.age_days or 0,
                ).format(sequence=own.sequence, written=date_text(own.written_at))
                rows.append((this, text, (own.age_days or 0) > data.max_days))
        # two offices side by side for the coordinator's four partners; one a line else
        across = 2 if len(rows) > 3 else 1
        for row, (name, text, warn) in enumerate(rows):
            first, second = QLabel(name), QLabel(("⚠ " if warn else "") + text)
            second.setWordWrap(True)  # a narrow window wraps the line, never widens
            if warn:
                second.setStyleSheet(WARNING_STYLE)
                second.setToolTip(
                    self.tr(
                        "Older than %n days or missing: figures of this office may be out of date",
                        "",
                        data.max_days,
                    )
                )
            self.grid.addWidget(first, row // across, (row % across) * 2)
            self.grid.addWidget(second, row // across, (row % across) * 2 + 1)
            self.labels += [first, second]

    def warnings(self) -> list[str]:
        return [label.text() for label in self.labels if label.text().startswith("⚠")]
