"""The Members page."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from blues_desktop.domain.changes import Kind
from blues_desktop.services.context import AppContext
from blues_desktop.ui.pages.base import ComingPage


class MembersPage(ComingPage):
    kinds = frozenset({Kind.MEMBERS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        points = [
            "Keep your cluster's organisations and contacts, with search, filters and duplicate checks",
            "Bring in member lists from Excel or CSV, with a preview before anything is saved",
            "Export the register, and erase a person's data on request (GDPR)",
        ]
        super().__init__(ctx, "Members", "Member register", points, parent)
