"""The Reports page: the partnership's figures per office."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from blues_desktop.domain.changes import Kind
from blues_desktop.domain.offices import OFFICE_CODES
from blues_desktop.services.context import AppContext
from blues_desktop.services.overview import COUNTED, Overview, overview
from blues_desktop.ui.operations import run_in_background
from blues_desktop.ui.pages.base import Page


class ReportsPage(Page):
    title = "Reports"
    kinds = frozenset({Kind.MEMBERS, Kind.EXCHANGES, Kind.EVENTS, Kind.TIMESHEETS, Kind.BUNDLES})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(QLabel("<h2>Reports and KPIs</h2>"))
        intro = QLabel(
            "Live records per office in this database. The coordinator sees every office "
            "here after merging the partners' bundles."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        # Five offices × five figures: a small fixed grid, not a large list.
        self.table = QTableWidget(len(COUNTED), len(OFFICE_CODES) + 1)
        self.table.setHorizontalHeaderLabels([*OFFICE_CODES, "All"])
        self.table.setVerticalHeaderLabels([name.capitalize() for name in COUNTED])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        self.once_label = QLabel()
        self.once_label.setWordWrap(True)
        layout.addWidget(self.once_label)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        ctx = self.ctx
        run_in_background(self, lambda _p, _c: overview(ctx), on_success=self.show_overview)

    def show_overview(self, data: Overview) -> None:
        for row, name in enumerate(COUNTED):
            for column, code in enumerate(OFFICE_CODES):
                self.table.setItem(row, column, QTableWidgetItem(f"{data.counts[name][code]:,}"))
            self.table.setItem(row, len(OFFICE_CODES), QTableWidgetItem(f"{data.total(name):,}"))
        registered = data.total("organisations")
        twice = registered - data.organisations_once
        self.once_label.setText(
            f"Organisations in the partnership: <b>{data.organisations_once:,}</b>"
            + (
                f" ({registered:,} records; {twice:,} registered by more than one office and "
                "linked by the coordinator, counted once)"
                if twice
                else ""
            )
        )
