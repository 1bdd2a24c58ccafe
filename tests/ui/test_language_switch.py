"""Changing the language in Settings: the window is built again in the new language on
the page and the row that were shown, and unsaved hours are asked about first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal as D

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale

from blues_desktop.domain.timesheets import Month
from blues_desktop.services import timesheets as ts
from blues_desktop.services.context import AppContext
from blues_desktop.store.folder_settings import FolderSettings
from blues_desktop.ui.i18n import current_language, install_language
from blues_desktop.ui.main_window import PAGES, MainWindow
from blues_desktop.ui.pages.timesheets import TimesheetsPage
from blues_desktop.ui.settings_dialog import SettingsDialog, apply_settings
from blues_desktop.ui.view_state import current_key
from tests.services.test_timesheets_services import add_team
from tests.ui import answering
from tests.ui.answering import answer_next
from tests.ui.test_timesheets_page import MARCH, type_into
from tests.ui.translation_files import compile_stale

TIMESHEETS = [p.title for p in PAGES].index("Timesheets")


@pytest.fixture(autouse=True)
def _english_again(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    compile_stale()
    install_language("en", qapp)
    yield
    install_language("en", qapp)


@pytest.fixture
def window(qtbot, ctx: AppContext) -> Iterator[tuple[MainWindow, TimesheetsPage, str]]:  # type: ignore[no-untyped-def]
    _boss, officer = add_team(ctx)
    win = MainWindow(ctx)  # not given to qtbot: a switch deletes it
    win.show()
    page = win.show_page("Timesheets")
    assert isinstance(page, TimesheetsPage)
    qtbot.waitUntil(lambda: officer in [r.id for r in page.staff_rows], timeout=5000)
    page.staff_view.selectRow([r.id for r in page.staff_rows].index(officer))
    page._go(MARCH)
    qtbot.waitUntil(lambda: page.sheet is not None and page.sheet.month == MARCH, timeout=5000)
    type_into(qtbot, page, "WP3", 2, "6")
    assert page.month_panel.grid.dirty
    yield win, page, officer
    if shiboken6.isValid(win):
        for shown in win.built_pages().values():  # hours a test left typed: not asked again
            if shown.unsaved_changes() is not None:
                shown.discard_unsaved()
        win.close()
        win.deleteLater()


def _answer(button: str) -> list[str]:
    """Click `button` on the unsaved-changes question when it shows; the texts asked."""
    answering.asked.clear()
    answer_next(button)
    return answering.asked


def _switch(qtbot, win: MainWindow, code: str) -> MainWindow:  # type: ignore[no-untyped-def]
    built: list[MainWindow] = []
    assert win.change_language(code, built.append)
    qtbot.waitUntil(lambda: bool(built), timeout=5000)
    qtbot.addWidget(built[0])
    return built[0]


def test_cancel_keeps_the_window_the_language_and_the_hours(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    win, page, _officer = window
    asked = _answer("Keep editing")
    assert not win.change_language("de")
    assert len(asked) == 1 and asked[0].startswith("The hours of ")
    assert asked[0].endswith("Save them before going on?")
    assert current_language() == "en" and win.isVisible()
    assert page.month_panel.grid.dirty
    assert page.month_panel.grid.hours.get(date(2026, 3, 2), "WP3") == D("6")


def test_save_then_the_window_is_german_on_the_same_page_and_person(
    qtbot, window, ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    win, _page, officer = window
    _answer("Save")
    new = _switch(qtbot, win, "de")
    # the hours were saved before the page they were typed in went away
    saved = ts.load_month(ctx, officer, Month(2026, 3))
    assert saved.hours.get(date(2026, 3, 2), "WP3") == D("6")
    qtbot.waitUntil(lambda: not shiboken6.isValid(win), timeout=5000)  # closed and deleted
    assert new.isVisible()
    assert new.navigation.currentRow() == TIMESHEETS
    page = new.built_pages()[TIMESHEETS]
    assert isinstance(page, TimesheetsPage)
    qtbot.waitUntil(lambda: current_key(page.staff_view) == ("id", officer), timeout=5000)
    # German from now on: Qt's own words, the app's words, dates and money
    assert current_language() == "de" and QLocale().name() == "de_DE"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Einstellungen"


def test_discard_drops_the_hours_and_switches(qtbot, window, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    win, _page, officer = window
    _answer("Discard changes")
    _switch(qtbot, win, "pl")
    assert ts.load_month(ctx, officer, Month(2026, 3)).hours.get(date(2026, 3, 2), "WP3") == 0
    assert current_language() == "pl"


def test_settings_saved_in_czech_rebuild_the_window_in_czech(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(ctx)
    win.show()
    dialog = SettingsDialog(ctx, FolderSettings(), [])
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("cs"))
    dialog._check_and_accept()
    assert dialog.change is not None
    apply_settings(win, ctx, dialog.change)
    qtbot.waitUntil(lambda: current_language() == "cs", timeout=5000)
    qtbot.waitUntil(lambda: not shiboken6.isValid(win), timeout=5000)
    czech = SettingsDialog(ctx, FolderSettings(), [])
    qtbot.addWidget(czech)
    assert czech.windowTitle() == "Nastavení"
    assert czech.language.itemData(czech.language.currentIndex()) == "cs"
