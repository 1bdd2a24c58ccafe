"""The Timesheets page."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from blues_desktop.domain.changes import Kind
from blues_desktop.services.context import AppContext
from blues_desktop.ui.pages.base import ComingPage


class TimesheetsPage(ComingPage):
    kinds = frozenset({Kind.TIMESHEETS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        points = [
            "Fill each staff member's monthly hours per work package",
            "Check them as the EU auditors do, then submit and approve",
            "Print the signed timesheet and export the year",
        ]
        super().__init__(ctx, "Timesheets", "Staff timesheets", points, parent)
