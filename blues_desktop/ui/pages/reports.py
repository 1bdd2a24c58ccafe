"""The Reports page: the coordinator's dashboard of the partnership's KPIs across all
offices (charts, each with its table one click away), data freshness per office, and
the periodic report pack (workbook and PDF) for the chosen period and as-of date."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.services.context import AppContext
from blues_desktop.services.reports.cache import FiguresCache
from blues_desktop.services.reports.dashboard import Dashboard, dashboard
from blues_desktop.services.reports.pack import report_pack
from blues_desktop.services.reports.tables import AREAS, ReportTable
from blues_desktop.ui.feedback import tell_written
from blues_desktop.ui.locale_format import money_text, named_date_text, number_text
from blues_desktop.ui.messages import say
from blues_desktop.ui.operations import run_in_background
from blues_desktop.ui.pages.base import Page
from blues_desktop.ui.reports.chart_card import ChartCard
from blues_desktop.ui.reports.freshness_panel import FreshnessPanel
from blues_desktop.ui.reports.period_names import period_name, window_name
from blues_desktop.ui.reports.periods_dialog import PeriodsDialog

COLUMNS = 3


class ReportsPage(Page):
    # every card of the shown tab is on screen (after a refresh or a tab change)
    drawn = Signal()
    title = "Reports"
    kinds = frozenset({Kind.MEMBERS, Kind.EXCHANGES, Kind.EVENTS, Kind.TIMESHEETS, Kind.BUNDLES})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: Dashboard | None = None
        # the figures last read, kept until the data changes (read again only then)
        self.figures = FiguresCache()
        self.cards: dict[str, ChartCard] = {}
        self.retired: list[ChartCard] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(6)
        layout.addLayout(self._controls())
        self.headline = QLabel(self.tr("Reading the figures…"))
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        self.freshness = FreshnessPanel()
        self.freshness.days.editingFinished.connect(self.refresh)
        layout.addWidget(self.freshness)
        self.tabs = QTabWidget()
        self.grids: dict[str, QGridLayout] = {}
        for area in AREAS:
            holder = QWidget()
            grid = QGridLayout(holder)
            grid.setContentsMargins(4, 4, 4, 4)
            for column in range(COLUMNS):
                grid.setColumnStretch(column, 1)
            grid.setRowStretch(99, 1)  # cards keep their height at the top
            self.grids[area] = grid
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(holder)
            self.tabs.addTab(scroll, say(area))
        # the charts of a tab are drawn when it is first shown: one tab's worth at a time
        self.tabs.currentChanged.connect(lambda _i: self._fill_current_tab())
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def _controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        # The title, the choices and the buttons side by side, within a laptop's width.
        title = QLabel(self.tr("<h2>Reports and KPIs</h2>"))
        title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(title, 1)
        row.addWidget(QLabel(self.tr("Period")))
        self.period = QComboBox()
        self.period.setMinimumWidth(200)
        self.period.activated.connect(lambda _i: self.refresh())
        row.addWidget(self.period)
        row.addWidget(QLabel(self.tr("as of")))
        self.as_of = QDateEdit()
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("dd MMM yyyy")
        today = self.ctx.now().date()
        self.as_of.setDate(QDate(today.year, today.month, today.day))
        self.as_of.editingFinished.connect(self.refresh)
        row.addWidget(self.as_of)
        self.export_xlsx = QPushButton(self.tr("Export workbook…"))
        self.export_xlsx.clicked.connect(lambda: self.export("xlsx"))
        self.export_pdf = QPushButton(self.tr("Export PDF…"))
        self.export_pdf.clicked.connect(lambda: self.export("pdf"))
        # the coordinator sets the grant's periods; a partner's pack follows the default
        self.periods_button = QPushButton(self.tr("Periods…"))
        self.periods_button.setToolTip(self.tr("Set the project's start and the length of each period"))
        self.periods_button.clicked.connect(self.edit_periods)
        self.periods_button.setVisible(self.ctx.office.is_coordinator)
        row.addWidget(self.export_xlsx)
        row.addWidget(self.export_pdf)
        row.addWidget(self.periods_button)
        return row

    def edit_periods(self) -> None:
        dialog = PeriodsDialog(self.ctx, self.data.periods if self.data else (), self)
        if dialog.exec() and dialog.saved is not None:
            self.apply_result(dialog.saved)  # this page hears it too and reads again

    def chosen(self) -> tuple[str | None, date]:
        value = self.as_of.date()
        return self.period.currentData(), date(value.year(), value.month(), value.day())

    def refresh(self) -> None:
        period, as_of = self.chosen()
        days = self.freshness.days.value()
        ctx, cache = self.ctx, self.figures
        run_in_background(
            self,
            lambda _p, _c: dashboard(ctx, period, as_of, days, cache),
            on_success=self.show_dashboard,
        )

    def on_changes(self, changes: Changes) -> None:
        if self.kinds & changes.kinds:
            self.figures.clear()  # the stamp would tell too; this needs no reading
        super().on_changes(changes)

    def show_dashboard(self, data: Dashboard) -> None:
        # the same figures as shown (kept, nothing changed): the charts stay as they are
        same = self.data is not None and data.pack is self.data.pack
        self.data = data
        chosen = self.period.currentData()
        self.period.clear()
        for period in data.periods:
            self.period.addItem(period_name(period), period.key)
        wanted = chosen or data.pack.window.period.key
        self.period.setCurrentIndex(max(self.period.findData(wanted), 0))
        pack = data.pack
        x, m, e = pack.exchanges, pack.members, pack.events
        effort = pack.effort
        headline = self.tr(
            "<b>{period}</b> (figures from {start} to {end}): exchanges held "
            "<b>{held} of {target}</b>, under way or done {live}; members <b>{members}</b> "
            "(counted once); organisations reached {reached}; events {events}, participants "
            "{participants}; person-months declared {declared} of {planned} planned; "
            "paid {paid}"
        ).format(
            period=html.escape(window_name(pack.window)),
            start=named_date_text(pack.window.start),
            end=named_date_text(pack.window.end),
            held=number_text(x.held),
            target=number_text(x.target),
            live=number_text(x.live),
            members=number_text(m.once),
            reached=number_text(m.reached),
            events=number_text(e.events),
            participants=number_text(e.participants),
            declared=number_text(effort.total("person_months_declared"), 2),
            planned=number_text(effort.total("person_months_planned"), 2),
            paid=money_text(x.paid),
        )
        self.headline.setText(headline)
        self.freshness.show_freshness(data.freshness)
        if same:
            self._fill_current_tab()
            return
        # the old charts go and the new ones come a turn of the event loop at a time
        self.retired += list(self.cards.values())
        for card in self.retired:
            card.hide()
        self.cards = {}
        QTimer.singleShot(0, self, self._retire_one)
        QTimer.singleShot(0, self, self._fill_current_tab)

    def _retire_one(self) -> None:
        if self.retired:
            self.retired.pop().deleteLater()
            QTimer.singleShot(0, self, self._retire_one)

    def _fill_current_tab(self) -> None:
        """Add the current tab's missing cards one per turn of the event loop: a chart
        takes tens of milliseconds to build and paint, a tab's worth at once would
        stall the window."""
        if self.data is None:
            return
        area = AREAS[self.tabs.currentIndex()]
        tables = [t for t in self.data.tables if t.area == area]
        for index, table in enumerate(tables):
            if table.key not in self.cards:
                card = ChartCard(table)
                self.cards[table.key] = card
                self.grids[area].addWidget(card, index // COLUMNS, index % COLUMNS)
                QTimer.singleShot(0, self, self._fill_current_tab)
                return
        self.drawn.emit()

    def card(self, key: str) -> ChartCard:
        return self.cards[key]

    def table_of(self, key: str) -> ReportTable:
        assert self.data is not None
        return next(t for t in self.data.tables if t.key == key)

    def export(self, kind: str) -> None:
        period, as_of = self.chosen()
        title = (
            self.tr("Export the report pack as a workbook")
            if kind == "xlsx"
            else self.tr("Export the report pack as a PDF")
        )
        suggested = f"BLUES-report-{period or 'all'}-{as_of}.{kind}"
        name, _filter = QFileDialog.getSaveFileName(
            self, title, suggested,
            self.tr("Excel workbook (*.xlsx)") if kind == "xlsx" else self.tr("PDF document (*.pdf)"),
        )  # fmt: skip
        if name:
            self.export_to(kind, Path(name))

    def export_to(self, kind: str, path: Path) -> None:
        period, as_of = self.chosen()
        ctx = self.ctx

        def write(_progress: object, _cancel: object) -> Path:
            pack = report_pack(ctx, period, as_of)
            # the writers load openpyxl or reportlab, which the start of the app does not
            if kind == "xlsx":
                from blues_desktop.documents.report_workbook import write_report_workbook

                return write_report_workbook(pack, path)
            from blues_desktop.documents.report_pdf import write_report_pdf

            return write_report_pdf(pack, path)

        def saved(written: Path) -> None:
            tell_written(
                self, self.tr("Saved {name} in {parent}.").format(name=written.name, parent=written.parent), written
            )

        run_in_background(
            self,
            write,
            on_success=saved,
            progress_label=self.tr("Writing the report pack…"),
        )
