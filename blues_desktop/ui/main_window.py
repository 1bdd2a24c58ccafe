"""The main window: navigation, pages, status bar. It wires pages together and nothing more.

Pages are built the first time they are shown: the window appears at once, and a
page's imports (SQLAlchemy queries, reportlab, openpyxl) are paid when it is opened.
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from blues_desktop import APP_NAME
from blues_desktop.domain.offices import OfficeInfo
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP
from blues_desktop.ui import shortcuts
from blues_desktop.ui.about import show_about
from blues_desktop.ui.feedback import file_links
from blues_desktop.ui.geometry import remember_geometry
from blues_desktop.ui.icons import icon

if TYPE_CHECKING:
    from blues_desktop.services.context import AppContext
    from blues_desktop.ui.pages.base import Page


@dataclass(frozen=True, slots=True)
class PageEntry:
    # The English title is the page's key (`show_page("Bundles")`); the window shows
    # it translated in the context "MainWindow", as the tooltip.
    title: str
    module: str  # under blues_desktop.ui.pages
    class_name: str
    icon: str  # a name of ui/icons.py
    tooltip: str


PAGES: tuple[PageEntry, ...] = (
    PageEntry(
        QT_TRANSLATE_NOOP("MainWindow", "Members"), "members", "MembersPage", "members",
        QT_TRANSLATE_NOOP("MainWindow", "The organisations of the clusters and their contacts"),
    ),
    PageEntry(
        QT_TRANSLATE_NOOP("MainWindow", "Exchanges"), "exchanges", "ExchangesPage", "exchanges",
        QT_TRANSLATE_NOOP("MainWindow", "Staff exchanges between organisations, from registration to payment"),
    ),
    PageEntry(
        QT_TRANSLATE_NOOP("MainWindow", "Events"), "events", "EventsPage", "events",
        QT_TRANSLATE_NOOP("MainWindow", "Workshops and meetings, their participants and attendance"),
    ),
    PageEntry(
        QT_TRANSLATE_NOOP("MainWindow", "Timesheets"), "timesheets", "TimesheetsPage", "timesheets",
        QT_TRANSLATE_NOOP("MainWindow", "The staff's monthly hours on the project"),
    ),
    PageEntry(
        QT_TRANSLATE_NOOP("MainWindow", "Bundles"), "bundles", "BundlesPage", "bundles",
        QT_TRANSLATE_NOOP("MainWindow", "Send this office's data to the coordinator and import the partners'"),
    ),
    PageEntry(
        QT_TRANSLATE_NOOP("MainWindow", "Reports"), "reports", "ReportsPage", "reports",
        QT_TRANSLATE_NOOP("MainWindow", "The project's figures and KPIs, per period"),
    ),
)  # fmt: skip
NAVIGATION_WIDTH = 150


@dataclass(frozen=True, slots=True)
class StatusInfo:
    """What the status bar shows; read cheaply before the data layer is loaded."""

    office: OfficeInfo
    user_name: str
    fingerprint: str
    data_location: str


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: AppContext | None,
        status: StatusInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """With `ctx` None the window shows at once (from `status`) and its pages are
        built when `attach_context` hands it the opened data."""
        super().__init__(parent)
        self.ctx = ctx
        if status is None:
            assert ctx is not None, "a window without data needs its status"
            status = status_of(ctx)
        self.status = status
        self.setWindowTitle(f"{APP_NAME} — {status.office.name} ({status.office.code})")
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(NAVIGATION_WIDTH)
        self.navigation.setIconSize(QSize(18, 18))
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 9px 12px; }")
        self.stack = QStackedWidget()
        self._built: dict[int, Page] = {}
        for entry in PAGES:
            item = QListWidgetItem(icon(entry.icon), self.tr(entry.title))
            item.setToolTip(self.tr(entry.tooltip))
            self.navigation.addItem(item)
            placeholder = QLabel(self.tr("Opening {page}…").format(page=self.tr(entry.title)))
            placeholder.setMargin(24)
            self.stack.addWidget(placeholder)
        # as wide as the longest page name in the window's language ("Karty czasu pracy")
        widest = max(
            self.navigation.sizeHintForIndex(self.navigation.model().index(row, 0)).width()
            for row in range(self.navigation.count())
        )
        self.navigation.setFixedWidth(
            max(NAVIGATION_WIDTH, widest + 2 * self.navigation.frameWidth())
        )
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.currentRowChanged.connect(self._select)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._build_status_bar(status)
        self.navigation.setCurrentRow(0)
        # The whole of a laptop's screen, at most 1440×900 on a larger one, or the size
        # this person left it at, never past the screen's edges.
        remember_geometry(self, "main_window", 1440, 900)

    @property
    def pages(self) -> list[Page]:
        """The pages built so far, in navigation order."""
        return [self._built[i] for i in sorted(self._built)]

    def built_pages(self) -> dict[int, Page]:
        """The pages built so far, by their row in the navigation."""
        return dict(self._built)

    def build_page(self, row: int) -> Page:
        return self._build(row)

    def change_language(
        self, code: str, done: Callable[[MainWindow], None] | None = None
    ) -> bool:
        """Settings chose another language: ask pages with unsaved edits, then build the
        window again in it (ui/language_switch.py; `done` gets the new window); False
        when nothing changes."""
        from blues_desktop.ui.language_switch import switch_language

        return switch_language(self, code, done)

    def attach_context(self, ctx: AppContext) -> None:
        """The data is open: build the page being shown."""
        self.ctx = ctx
        self.show_user(ctx.user_name)
        self._select(self.navigation.currentRow())

    def _select(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        if row not in self._built and self.ctx is not None:
            # Let the window paint first; build the page on the next turn of the loop.
            QTimer.singleShot(0, lambda: self._build(row))

    def _build(self, row: int) -> Page:
        if row in self._built:
            return self._built[row]
        if self.ctx is None:
            raise RuntimeError("the data is not open yet")
        entry = PAGES[row]
        module = importlib.import_module(f"blues_desktop.ui.pages.{entry.module}")
        page = getattr(module, entry.class_name)(self.ctx)
        placeholder = self.stack.widget(row)
        assert placeholder is not None
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._built[row] = page
        if self.navigation.currentRow() == row:
            self.stack.setCurrentIndex(row)
        if len(self._built) == 1:
            # Once the first page stands, prepare in the background what other pages
            # would otherwise compute when first opened.
            QTimer.singleShot(500, self, self._warm_up)
        return page

    def _warm_up(self) -> None:
        ctx = self.ctx
        if ctx is None:
            return
        # Imported here: start-up stays lean, this runs after the first page is built.
        from blues_desktop.services.logs import get_logger
        from blues_desktop.services.warmup import warm_up_pages
        from blues_desktop.ui.operations import run_in_background

        log = get_logger("ui.main_window")

        # What start-up made lives as long as the window (modules, Qt wrappers, caches):
        # once the warm-up is done, gc.freeze() leaves it out of later collections, each of
        # which would otherwise walk it all holding Python's lock while the window waits
        # (benchmarks/bench_gui.py).
        def failed(exc: BaseException) -> None:
            log.warning("warm-up failed: %s", exc)
            gc.freeze()

        run_in_background(
            self,
            lambda _p, _c: warm_up_pages(ctx),
            on_success=lambda _r: gc.freeze(),
            on_failure=failed,
        )

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_data = QAction(self.tr("Open &data folder"), self)
        open_data.triggered.connect(self.open_data_folder)
        file_menu.addAction(open_data)
        users = QAction(self.tr("&Users…"), self)
        users.setToolTip(self.tr("Change who is using the app, or add a user"))
        users.triggered.connect(self.open_users)
        file_menu.addAction(users)
        settings = QAction(self.tr("&Settings…"), self)
        settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings.setShortcut(QKeySequence(shortcuts.SETTINGS.key))
        settings.triggered.connect(self.open_settings)
        file_menu.addAction(settings)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(shortcuts.QUIT.key))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self._build_page_menus()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keys = QAction(icon("keyboard"), self.tr("&Keyboard shortcuts"), self)
        keys.setShortcut(QKeySequence(shortcuts.HELP.key))
        keys.triggered.connect(self.show_shortcuts)
        help_menu.addAction(keys)
        about = QAction(self.tr("&About {APP_NAME}").format(APP_NAME=APP_NAME), self)
        about.triggered.connect(lambda: show_about(self))
        help_menu.addAction(about)

    def _build_page_menus(self) -> None:
        """Edit: the page's main actions, each pressing the page's own button; Go: the
        pages by number. Keys and words come from ui/shortcuts.py."""
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        for shortcut, text, name in (
            (shortcuts.NEW, self.tr("&New…"), "new"),
            (shortcuts.EDIT, self.tr("&Edit…"), "edit"),
            (shortcuts.DELETE, self.tr("&Delete"), "delete"),
            (shortcuts.FIND, self.tr("&Find"), "search"),
            (shortcuts.PRINT, self.tr("&Print…"), "print"),
        ):
            action = QAction(icon(name), text, self)
            action.setShortcut(QKeySequence(shortcut.key))
            action.triggered.connect(lambda _=False, s=shortcut: self.press(s))
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        refresh = QAction(icon("refresh"), self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence(shortcuts.REFRESH.key))
        refresh.triggered.connect(self.refresh_page)
        edit_menu.addAction(refresh)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for index, key in enumerate(shortcuts.page_keys(tuple(e.title for e in PAGES))):
            action = QAction(icon(PAGES[index].icon), self.tr(key.page), self)
            action.setShortcut(QKeySequence(key.key))
            action.triggered.connect(lambda _=False, i=index: self.navigation.setCurrentRow(i))
            go_menu.addAction(action)

    def current_page(self) -> Page | None:
        return self._built.get(self.navigation.currentRow())

    def press(self, shortcut: shortcuts.Shortcut) -> bool:
        """Do what the shown page's button for `shortcut` does, if the page has one and
        it may be pressed now; else say why in the status bar."""
        page = self.current_page()
        for path in shortcut.buttons:
            target: object = page
            for name in path.split("."):
                target = getattr(target, name, None)
            if isinstance(target, QLineEdit):
                target.setFocus()
                target.selectAll()
                return True
            if isinstance(target, QAbstractButton) and target.isEnabled():
                target.click()
                return True
        if shortcut.unavailable:
            unavailable = QCoreApplication.translate("shortcuts", shortcut.unavailable)
            self.statusBar().showMessage(unavailable, 4000)
        return False

    def refresh_page(self) -> None:
        page = self.current_page()
        if page is not None:
            page.refresh()

    def show_shortcuts(self) -> None:
        from blues_desktop.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(tuple(e.title for e in PAGES), self).exec()

    def _build_status_bar(self, status: StatusInfo) -> None:
        self.office = status.office
        self.office_label = QLabel()
        self.show_user(status.user_name)
        self.key_label = QLabel(self.tr("Key: {fingerprint}").format(fingerprint=status.fingerprint))
        self.key_label.setToolTip(
            self.tr("Your office's key fingerprint. Read it aloud to a partner to check the office card they registered.")
        )
        self.data_label = QLabel(self.tr("Data: {data_location}").format(data_location=shown_path(status.data_location)))
        self.data_label.setToolTip(status.data_location)
        # A long folder path is cut at the window's edge rather than widening the window.
        self.data_label.setMinimumWidth(120)
        bar = self.statusBar()
        bar.addWidget(self.office_label)
        bar.addWidget(self.key_label)
        bar.addPermanentWidget(self.data_label)
        file_links(self)  # Open and Show in folder for a file just written (feedback.py)
        self.data_location = status.data_location

    def show_user(self, user_name: str) -> None:
        if self.office.is_coordinator:
            text = self.tr("Office: {code} {name} (coordinator) · {user}")
        else:
            text = self.tr("Office: {code} {name} (partner) · {user}")
        self.office_label.setText(
            text.format(code=self.office.code, name=self.office.name, user=user_name)
        )

    def open_users(self) -> None:
        """File ▸ Users…: who is at the keyboard from now on, or add a user."""
        ctx = self.ctx
        if ctx is None:
            return
        from blues_desktop.services.users import list_users
        from blues_desktop.ui.operations import run_in_background

        run_in_background(
            self,
            lambda _p, _c: [u.name for u in list_users(ctx.installation)],
            on_success=lambda users: self._choose_user(ctx, users),
        )

    def _choose_user(self, ctx: AppContext, users: list[str]) -> None:
        from blues_desktop.ui.operations import run_in_background
        from blues_desktop.ui.user_chooser import UserChooser, apply_choice

        chooser = UserChooser(users, ctx.user_name, ctx.office.label, self)
        chooser.setWindowTitle(self.tr("Users of this computer"))
        if not chooser.exec() or chooser.choice is None:
            return
        choice, acting = chooser.choice, ctx.user_name

        def switched(chosen: AppContext) -> None:
            # Every page holds this one context: from now on they act as the chosen user.
            ctx.user_name = chosen.user_name
            self.show_user(chosen.user_name)

        run_in_background(
            self,
            lambda _p, _c: apply_choice(ctx.installation, choice, acting),
            on_success=switched,
        )

    def open_settings(self) -> None:
        """File ▸ Settings…: the dialog reads and saves through the background runner."""
        if self.ctx is None:
            return
        from blues_desktop.ui.settings_dialog import open_settings

        open_settings(self, self.ctx, self.show_user)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.data_location))

    def open_bundles(self, paths: Sequence[Path]) -> None:
        """Bundles given to the app (a double-click in the file manager, or the command
        line): the Bundles page verifies them and asks before importing."""
        if not paths:
            return
        page = self.show_page("Bundles")
        page.import_files([Path(p) for p in paths])  # type: ignore[attr-defined]

    def show_page(self, title: str) -> Page:
        for index, entry in enumerate(PAGES):
            if entry.title == title:
                page = self._build(index)
                self.navigation.setCurrentRow(index)
                return page
        raise KeyError(title)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Quitting asks about every page's pending edits (Save / Discard changes / Keep
        editing), showing the page first; Keep editing keeps the window open."""
        for index, page in sorted(self._built.items()):
            if page.unsaved_changes() is None:
                continue
            self.navigation.setCurrentRow(index)
            if not page.may_leave():
                event.ignore()
                return
        super().closeEvent(event)

    def build_all_pages(self) -> None:
        for index in range(len(PAGES)):
            self._build(index)


def status_of(ctx: AppContext) -> StatusInfo:
    from blues_desktop.services.setup import own_card

    return StatusInfo(ctx.office, ctx.user_name, own_card(ctx).fingerprint, str(ctx.paths.root))


def shown_path(location: str) -> str:
    """A folder as the status bar shows it: under the user's home as "~/…" (shorter, and
    the same words on every laptop), anywhere else whole; the tooltip has the whole path."""
    path = Path(location)
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return location
