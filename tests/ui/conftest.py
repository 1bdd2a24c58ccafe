"""Qt tests run offscreen with one QApplication (pytest-qt's qapp).

Every UI test also fails on any warning Qt prints while it runs (a widget deleted
twice, a connection to a missing slot, a layout set twice…): such a warning is a bug
today and a crash on a user's machine tomorrow."""

from __future__ import annotations

import gc
import re
import traceback
from collections.abc import Iterator
from typing import Any

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


@pytest.fixture(scope="session", autouse=True)
def _english_catalogue(qapp) -> None:  # type: ignore[no-untyped-def]
    """The window in English, as the app installs it at start (its catalogue holds the
    plural forms: "1 exchange")."""
    from blues_desktop.ui.i18n import ENGLISH, install_language

    install_language(ENGLISH, qapp)


@pytest.fixture(autouse=True)
def _english_again(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """A test that switches language leaves English behind for the next one."""
    yield
    from blues_desktop.ui.i18n import ENGLISH, current_language, install_language

    if current_language() != ENGLISH:
        install_language(ENGLISH, qapp)


@pytest.fixture(autouse=True)
def _finish_background_jobs(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Let every database job of a test (both lanes) finish before its widgets and data go away."""
    yield
    from blues_desktop.ui.operations import wait_until_idle

    wait_until_idle(10_000)
    qapp.processEvents()


class QtWarningWatch:
    """Records Qt's warnings and critical messages while it is installed (a context
    manager); `forward` passes every message on to the handler installed before."""

    def __init__(self, forward: bool = True) -> None:
        self.forward = forward
        self.messages: list[str] = []
        self._previous: Any = None

    def _handle(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind in RECORDED and not is_harmless(message):
            # Where Python was when Qt complained: the line that deleted or connected.
            where = "".join(traceback.format_stack(limit=8)[:-1])
            self.messages.append(f"{kind.name}: {message}\n{where}")
        if self.forward and self._previous is not None:
            self._previous(kind, context, message)

    def __enter__(self) -> QtWarningWatch:
        self._previous = qInstallMessageHandler(self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        qInstallMessageHandler(self._previous)


@pytest.fixture(autouse=True)
def _no_qt_warnings(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Fail the test if Qt printed a warning or a critical message while it ran or while
    its widgets were deleted. pytest-qt's capture still hears every message."""
    with QtWarningWatch() as watch:
        yield
        # Widgets closed at the end of the test are deleted here, inside the watch.
        from blues_desktop.ui.operations import database_pool

        database_pool().waitForDone(10_000)
        for _ in range(2):
            gc.collect()
            qapp.sendPostedEvents(None, 0)  # 0: every kind, DeferredDelete among them
            qapp.processEvents()
    if watch.messages:
        pytest.fail(
            "Qt printed warnings during the test:\n" + "\n".join(watch.messages), pytrace=False
        )
