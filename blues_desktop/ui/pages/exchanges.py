"""The Exchanges page."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from blues_desktop.domain.changes import Kind
from blues_desktop.services.context import AppContext
from blues_desktop.ui.pages.base import ComingPage


class ExchangesPage(ComingPage):
    kinds = frozenset({Kind.EXCHANGES})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        points = [
            "Register visitors and hosts, and check eligibility against the programme rules",
            "Print the Commitment to Quality, the financial agreement and the certificate",
            "Follow each exchange from registration to payment, and see progress towards the 50 exchanges",
        ]
        super().__init__(ctx, "Exchanges", "ClusterXchange exchanges (WP3)", points, parent)
