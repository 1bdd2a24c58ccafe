"""Small widget builders the pages share: a button wired to its slot, a row of widgets,
a row of actions that folds into a menu when narrow, a list's right-click menu, and a
table view over a model."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
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


def action_bar(*widgets: QWidget) -> QToolBar:
    """A row of a page's buttons that never holds the window wider than the screen:
    the buttons that do not fit move into the bar's » menu."""
    bar = QToolBar()
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.setStyleSheet("QToolBar { border: none; spacing: 4px; }")
    for widget in widgets:
        bar.addWidget(widget)
    return bar


def list_menu(view: QAbstractItemView, *buttons: QAbstractButton | QAction) -> None:
    """A right-click menu on a list offering what its buttons offer (the same words,
    enabled when the button is, doing what the button does). The row under the pointer
    is selected first, as a left click would."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def build() -> QMenu:
        menu = QMenu(view)
        for item in buttons:
            if isinstance(item, QAction):
                if item.isVisible():
                    menu.addAction(item)
                continue
            # A button of an action bar may be folded into its » menu: still offered.
            if item.isHidden() and not isinstance(item.parentWidget(), QToolBar):
                continue
            action = menu.addAction(item.icon(), item.text())
            action.setEnabled(item.isEnabled())
            action.setToolTip(item.toolTip())
            action.triggered.connect(item.click)
        return menu

    def show(position: QPoint) -> None:
        menu = build()
        if not menu.isEmpty():
            menu.exec(view.viewport().mapToGlobal(position))
        menu.deleteLater()

    view.customContextMenuRequested.connect(show)
    view.build_list_menu = build  # type: ignore[attr-defined]  # what a right click shows
