"""The Bundles page."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from blues_desktop.domain.changes import Kind
from blues_desktop.services.context import AppContext
from blues_desktop.ui.pages.base import ComingPage


class BundlesPage(ComingPage):
    kinds = frozenset({Kind.BUNDLES})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        points = [
            "Send this office's changes to the coordinator as one signed, encrypted file",
            "Import partners' bundles (coordinator) after a verify report",
            "See every bundle sent and received",
        ]
        super().__init__(ctx, "Bundles", "Bundles: send and receive data", points, parent)
