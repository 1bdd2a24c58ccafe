"""The main window: navigation, pages, status bar. It wires pages together and nothing more."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QSplitter, QStackedWidget, QWidget

from blues_desktop import APP_NAME
from blues_desktop.domain.changes import Changes
from blues_desktop.services.context import AppContext
from blues_desktop.services.setup import own_card
from blues_desktop.ui.about import show_about
from blues_desktop.ui.pages.base import Page
from blues_desktop.ui.pages.bundles import BundlesPage
from blues_desktop.ui.pages.events import EventsPage
from blues_desktop.ui.pages.exchanges import ExchangesPage
from blues_desktop.ui.pages.members import MembersPage
from blues_desktop.ui.pages.reports import ReportsPage
from blues_desktop.ui.pages.timesheets import TimesheetsPage

PAGE_CLASSES: tuple[type[Page], ...] = (
    MembersPage,
    ExchangesPage,
    EventsPage,
    TimesheetsPage,
    BundlesPage,
    ReportsPage,
)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(f"{APP_NAME} — {ctx.office.name} ({ctx.office.code})")
        self.resize(1200, 760)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMaximumWidth(200)
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 9px 12px; }")
        self.stack = QStackedWidget()
        self.pages: list[Page] = []
        for page_class in PAGE_CLASSES:
            page = page_class(ctx)
            self.pages.append(page)
            self.stack.addWidget(page)
            self.navigation.addItem(page.title)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self._build_menus()
        self._build_status_bar()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        open_data = QAction("Open &data folder", self)
        open_data.triggered.connect(self.open_data_folder)
        file_menu.addAction(open_data)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction(f"&About {APP_NAME}", self)
        about.triggered.connect(lambda: show_about(self))
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        card = own_card(self.ctx)
        role = "coordinator" if self.ctx.office.is_coordinator else "partner"
        self.office_label = QLabel(
            f"Office: {self.ctx.office.code} {self.ctx.office.name} ({role}) · {self.ctx.user_name}"
        )
        self.key_label = QLabel(f"Key: {card.fingerprint}")
        self.key_label.setToolTip(
            "Your office's key fingerprint. Read it aloud to a partner to check the office card they registered."
        )
        self.data_label = QLabel(f"Data: {self.ctx.paths.root}")
        bar = self.statusBar()
        bar.addWidget(self.office_label)
        bar.addWidget(self.key_label)
        bar.addPermanentWidget(self.data_label)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.root)))

    def apply_changes(self, changes: Changes) -> None:
        """Called with what a service changed; each page refreshes only if it shows it."""
        for page in self.pages:
            page.on_changes(changes)

    def show_page(self, title: str) -> Page:
        for index, page in enumerate(self.pages):
            if page.title == title:
                self.navigation.setCurrentRow(index)
                return page
        raise KeyError(title)
