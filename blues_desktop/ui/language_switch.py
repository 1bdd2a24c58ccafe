"""Changing the window's language without losing work.

The words of every page are set when the page is built, so a new language needs new
pages: the window is built again in the new language, where it stood (size and
place), on the page that was shown, with the tab and the rows that were chosen, and
the old window closes. Before that, every page with edits of its own is asked
(`Page.may_leave`: the timesheet grid asks to save or discard its hours; Cancel keeps
everything as it was), and the switch waits for the database worker to finish what it
was given (an answer "Save" queues the save there), so nothing is dropped half-way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from blues_desktop.ui import view_state
from blues_desktop.ui.i18n import current_language, install_language
from blues_desktop.ui.operations import run_in_background

if TYPE_CHECKING:
    from blues_desktop.ui.main_window import MainWindow

# The windows built by a switch: Python must hold them (nothing else does).
_windows: list[MainWindow] = []


def pages_may_leave(window: MainWindow) -> bool:
    """Ask each built page with unsaved edits; False when the person cancels."""
    for page in window.pages:
        may_leave = getattr(page, "may_leave", None)
        if callable(may_leave) and not may_leave():
            return False
    return True


def switch_language(
    window: MainWindow, code: str, done: Callable[[MainWindow], None] | None = None
) -> bool:
    """Ask the pages, then rebuild the window in `code` once queued work has finished
    (`done` gets the new window). False when nothing changes (the same language, or a
    page's question was cancelled)."""
    if code == current_language() or not pages_may_leave(window):
        return False

    def rebuild(_result: object) -> None:
        new = rebuild_window(window, code)
        if done is not None:
            done(new)

    # An empty job on the writer lane: it runs after whatever a page queued (a save).
    run_in_background(window, lambda _p, _c: None, on_success=rebuild)
    return True


def rebuild_window(window: MainWindow, code: str) -> MainWindow:
    from blues_desktop.ui.main_window import MainWindow

    row = window.navigation.currentRow()
    states = {index: view_state.capture(page) for index, page in window.built_pages().items()}
    geometry = window.saveGeometry()
    install_language(code)
    ctx = window.ctx
    status = window.status
    if ctx is not None:  # the name may have changed since the window was built
        status = replace(status, user_name=ctx.user_name)
    new = MainWindow(ctx, status)
    new.restoreGeometry(geometry)
    new.navigation.setCurrentRow(row)
    for index, state in states.items():
        page = new.build_page(index)
        view_state.restore(page, state)
    if window.isVisible():
        new.show()
    app = QApplication.instance()
    quit_on_close = isinstance(app, QApplication) and app.quitOnLastWindowClosed()
    if quit_on_close:
        QApplication.setQuitOnLastWindowClosed(False)  # the new window may not show yet
    window.close()
    window.deleteLater()
    if quit_on_close:
        QApplication.setQuitOnLastWindowClosed(True)
    if window in _windows:
        _windows.remove(window)
    _windows.append(new)
    return new
