"""What the main window expects of a page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.services.context import AppContext


class Page(QWidget):
    """A page of the main window. `kinds` are the changes it shows; when a service
    reports one of them, the window calls `refresh`."""

    title: str = ""
    kinds: frozenset[Kind] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def on_changes(self, changes: Changes) -> None:
        if self.kinds & changes.kinds:
            self.refresh()

    def refresh(self) -> None:
        """Re-read what this page shows (override)."""


class ComingPage(Page):
    """A page whose module is not built yet: it says what will live here."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        heading: str,
        points: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.title = title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        head = QLabel(f"<h2>{heading}</h2>")
        layout.addWidget(head)
        items = "".join(f"<li>{point}</li>" for point in points)
        body = QLabel(f"<p>This is where you will:</p><ul>{items}</ul>")
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setObjectName("comingText")
        layout.addWidget(body)
        self.status = QLabel()
        self.status.setObjectName("pageStatus")
        layout.addWidget(self.status)
        layout.addStretch(1)
