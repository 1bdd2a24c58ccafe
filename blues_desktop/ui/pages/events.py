"""The Events page."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from blues_desktop.domain.changes import Kind
from blues_desktop.services.context import AppContext
from blues_desktop.ui.pages.base import ComingPage


class EventsPage(ComingPage):
    kinds = frozenset({Kind.EVENTS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        points = [
            "Plan trainings, workshops, info days and partner meetings",
            "Print attendance sheets pre-filled with the registered participants",
            "Record who came, and report participants per work package, country and gender",
        ]
        super().__init__(ctx, "Events", "Events and attendance", points, parent)
