"""The Exchanges page's next-step button: it names the step ("Mark as: matched (host and
visitor accepted)", in German twice as long), so it spans the detail's width and shortens
its words to it ("Markieren als: vermittelt (Gast…") instead of widening the detail and
squeezing the list beside it; the whole words are in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

# The fewest letters it shows ("Markieren a…"), and the most it asks room for: a
# longer step's words never ask the page's splitter to widen the detail.
SHORTEST_LETTERS = 12
ASKED_LETTERS = 24


class StepButton(QPushButton):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _for_letters(self, letters: int) -> QSize:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        icon = option.iconSize.width() + 4 if not option.icon.isNull() else 0
        whole = super().sizeHint()
        text = self.fontMetrics().averageCharWidth() * letters + icon
        size = self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, QSize(text, whole.height()), self
        )
        return QSize(min(whole.width(), size.width()), whole.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._for_letters(SHORTEST_LETTERS)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._for_letters(ASKED_LETTERS)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        contents = self.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, self
        )
        icon = option.iconSize.width() + 4 if not option.icon.isNull() else 0
        option.text = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, contents.width() - icon
        )
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)

    def is_shortened(self) -> bool:
        """Whether the button shows fewer than all its words."""
        return self.width() < super().sizeHint().width()
