"""The watch that fails a UI test on a Qt warning (tests/ui/conftest.py) hears Qt's
messages, keeps the Python stack, and lets only the listed platform notes through."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, qWarning

from tests.ui.conftest import QtWarningWatch, is_harmless


def test_a_qt_warning_is_recorded_with_where_it_came_from(qapp) -> None:  # type: ignore[no-untyped-def]
    with QtWarningWatch(forward=False) as watch:
        qWarning("QObject: shared QObject was deleted directly.")
    assert len(watch.messages) == 1
    assert watch.messages[0].startswith("QtWarningMsg: QObject: shared QObject was deleted")
    assert "test_qt_warnings_watch.py" in watch.messages[0]


def test_a_warning_printed_by_qt_itself_is_recorded(qapp) -> None:  # type: ignore[no-untyped-def]
    with QtWarningWatch(forward=False) as watch:
        # Qt warns: a single-shot timer with a negative interval
        QTimer.singleShot(-1, QObject(), lambda: None)
    assert any("negative" in m.casefold() for m in watch.messages), watch.messages


def test_only_the_offscreen_platform_notes_are_harmless() -> None:
    assert is_harmless("This plugin does not support propagateSizeHints()")
    assert not is_harmless("QObject: shared QObject was deleted directly.")
    assert not is_harmless(
        "QLayout: Attempting to add QLayout to QWidget, which already has a layout"
    )
