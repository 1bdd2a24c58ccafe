"""Qt tests run offscreen with one QApplication (pytest-qt's qapp).

Every UI test also fails on any warning Qt prints while it runs (a widget deleted
twice, a connection to a missing slot, a layout set twice…): such a warning is a bug
today and a crash on a user's machine tomorrow."""

from __future__ import annotations

import gc
import re
import traceback
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

# Platform noise that says nothing about the app, each allowed for a reason:
HARMLESS = (
    # The offscreen platform has no window manager to tell a window's size limits to.
    re.compile(r"This plugin does not support propagateSizeHints\(\)"),
    # The offscreen platform cannot raise a window above others (QWidget.raise_/activate).
    re.compile(r"This plugin does not support raise\(\)"),
    re.compile(r"This plugin does not support (?:requestActivate|grabbing the keyboard)"),
)
RECORDED = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)


def is_harmless(message: str) -> bool:
    return any(pattern.search(message) for pattern in HARMLESS)


@pytest.fixture(autouse=True)
def _finish_background_jobs(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Let every database job of a test finish before its widgets and data go away."""
    yield
    from blues_desktop.ui.operations import database_pool

    database_pool().waitForDone(10_000)
    qapp.processEvents()


@pytest.fixture(autouse=True)
def _no_qt_warnings(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Record every Qt warning or critical message during the test (and while its widgets
    are deleted); fail the test with them at teardown. The previous handler (pytest-qt's
    capture) still hears every message."""
    seen: list[str] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind in RECORDED and not is_harmless(message):
            # Where Python was when Qt complained: the line that deleted or connected.
            where = "".join(traceback.format_stack(limit=8)[:-1])
            seen.append(f"{kind.name}: {message}\n{where}")
        if previous is not None:
            previous(kind, context, message)

    previous = qInstallMessageHandler(handler)
    try:
        yield
        # Widgets closed at the end of the test are deleted here, inside the watch.
        from blues_desktop.ui.operations import database_pool

        database_pool().waitForDone(10_000)
        for _ in range(2):
            gc.collect()
            qapp.sendPostedEvents(None, 0)  # 0: QEvent.DeferredDelete among the rest
            qapp.processEvents()
    finally:
        qInstallMessageHandler(previous)
    if seen:
        pytest.fail("Qt printed warnings during the test:\n" + "\n".join(seen), pytrace=False)
