"""`blues-desktop --self-test`: the data steps of `blues self-test`, then the main window
and each of its pages, opened offscreen on the coordinator that has just imported the
partner's bundle (so every page shows data)."""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from blues_desktop.selftest import Step, Workspace, run_self_test
from blues_desktop.selftest.runner import SelfTestFailure
from blues_desktop.selftest.steps import COORDINATOR

WAIT_SECONDS = 30.0


@dataclass
class _Window:
    """The window shared by the window steps; messages a page popped up while loading."""

    window: object | None = None
    messages: list[str] = field(default_factory=list)


def _settle(state: _Window) -> None:
    """Let the background jobs the window started finish, and their results arrive.
    A message box a page raises meanwhile is read and closed, and fails the step (it
    would otherwise wait for a click no one gives)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

    from blues_desktop.ui.operations import busy, database_pool

    def close_modal() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or isinstance(modal, QProgressDialog):  # a job's progress: it ends
            return
        text = modal.text() if isinstance(modal, QMessageBox) else modal.windowTitle()
        state.messages.append(text)
        modal.close()

    watchdog = QTimer()
    watchdog.timeout.connect(close_modal)
    watchdog.start(50)
    deadline = time.monotonic() + WAIT_SECONDS
    quiet = 0
    try:
        while quiet < 5:
            if time.monotonic() > deadline:
                raise SelfTestFailure(f"the window was still busy after {WAIT_SECONDS:.0f} s")
            QApplication.processEvents()
            database_pool().waitForDone(20)
            quiet = quiet + 1 if not busy() else 0
    finally:
        watchdog.stop()
    if state.messages:
        raise SelfTestFailure(f"the window said: {' / '.join(state.messages)}")


def window_steps() -> list[Step[Workspace]]:
    from blues_desktop.ui.main_window import PAGES

    state = _Window()

    def open_window(ws: Workspace) -> str:
        from blues_desktop.ui.main_window import MainWindow
        from blues_desktop.ui.startup import application

        application()
        window = MainWindow(ws.ctx(COORDINATOR))
        state.window = window
        window.show()
        _settle(state)
        if not window.isVisible():
            raise SelfTestFailure("the main window did not open")
        return window.windowTitle()

    def page_step(title: str) -> Step[Workspace]:
        def open_page(ws: Workspace) -> None:
            from blues_desktop.ui.main_window import MainWindow

            window = state.window
            if not isinstance(window, MainWindow):
                raise SelfTestFailure("the main window was not opened by an earlier step")
            page = window.show_page(title)
            _settle(state)
            if window.stack.currentWidget() is not page or not page.isVisible():
                raise SelfTestFailure(f"the {title} page is not shown")

        return Step(f"page {title}", open_page)

    def partners_and_keys(ws: Workspace) -> str:
        """The key exchange's dialog with its QR code (segno must be in the build)."""
        from blues_desktop.ui.keys.dialog import PartnersKeysDialog

        dialog = PartnersKeysDialog(ws.ctx(COORDINATOR))
        try:
            dialog.show()
            _settle(state)
            picture = dialog.qr.pixmap()
            if picture.isNull() or picture.width() < 200:
                raise SelfTestFailure("the office card's QR code was not drawn")
            return f"fingerprint {dialog.fingerprint.text()}, QR code {picture.width()} px"
        finally:
            dialog.close()
            dialog.deleteLater()

    def export_in_a_process(ws: Workspace) -> str:
        # The register's export runs in a child process (services/processes.py): in a
        # frozen build this checks that the program starts one (freeze_support).
        from blues_desktop.ui.main_window import MainWindow

        window = state.window
        if not isinstance(window, MainWindow):
            raise SelfTestFailure("the main window was not opened by an earlier step")
        page = window.show_page("Members")
        _settle(state)
        target = ws.out / "members-from-the-window.xlsx"
        page.export_to(target)  # type: ignore[attr-defined]
        _settle(state)
        done = getattr(page, "last_export", None)
        if done is None or not target.is_file():
            raise SelfTestFailure("the register's export from the window wrote no workbook")
        return QCoreApplication.translate("selftest", "{organisations} organisations written by a process of its own").format(organisations=done.organisations)

    def close_window(ws: Workspace) -> None:
        from blues_desktop.ui.main_window import MainWindow

        window = state.window
        if isinstance(window, MainWindow):
            window.close()
            window.deleteLater()
            _settle(state)

    def languages(_ws: Workspace) -> str:
        """Each shipped language's catalogue and Qt's own messages load (a frozen build
        that lost either would show English words without saying so)."""
        from blues_desktop.ui.i18n import ENGLISH, LANGUAGE_NAMES, install_language

        missing = []
        for code in LANGUAGE_NAMES:
            if code == ENGLISH:
                continue
            installed = install_language(code)
            if not installed.app_messages:
                missing.append(f"the window's {code} translation")
            if not installed.qt_messages:
                missing.append(QCoreApplication.translate("selftest", "Qt's {code} messages").format(code=code))
        install_language(ENGLISH)
        if missing:
            raise SelfTestFailure(f"missing: {', '.join(missing)}")
        return ", ".join(c for c in LANGUAGE_NAMES if c != ENGLISH)

    return [
        Step("main window", open_window),
        Step("languages", languages),
        *(page_step(entry.title) for entry in PAGES),
        Step("partners and keys", partners_and_keys),
        Step("member export from the window", export_in_a_process),
        Step("close window", close_window),
    ]


def run_gui_self_test() -> int:
    """Offscreen, whatever the display: the test must not open windows on a desktop."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from blues_desktop.ui.platform_check import check_platform

    problem = check_platform()  # Qt aborts the process when its libraries are missing
    if problem is not None:
        print(f"FAILED  Qt cannot start: {problem.message}", file=sys.stderr)
        return 1
    # A Windows build without a console has no stdout: the exit status still tells.
    out = sys.stdout if sys.stdout is not None else open(os.devnull, "w")  # noqa: SIM115
    return run_self_test(out, window_steps())
