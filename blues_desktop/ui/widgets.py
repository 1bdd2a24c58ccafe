"""Small widget builders the pages share: a button wired to its slot, a row of widgets,
and a table view over a model."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)


def button(text: str, slot: Callable[[], Any]) -> QPushButton:
    widget = QPushButton(text)
    widget.clicked.connect(slot)
    return widget


def hrow(*widgets: QWidget, stretch: bool = True) -> QHBoxLayout:
    """Widgets side by side, left-aligned (with `stretch`) like a dialog's buttons."""
    layout = QHBoxLayout()
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return layout


def table_view(model: QAbstractItemModel) -> QTableView:
    """A view of whole rows, the last column stretched, no row numbers."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    return view


def side_by_side(left: QWidget, right: QWidget, sizes: tuple[int, int]) -> QSplitter:
    """A list on the left and its detail on the right; the detail takes the extra width."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(1, 2)
    splitter.setSizes(list(sizes))
    return splitter
