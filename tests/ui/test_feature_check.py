"""PySide6's check on every import, made cheaper, gives PySide6's own answers."""

from __future__ import annotations

import inspect
import sys
from types import ModuleType

import blues_desktop.domain.offices
import blues_desktop.ui.widgets
from blues_desktop.ui.feature_check import FEATURE_MODULE, uses_pyside


def pyside_answer(module: ModuleType) -> bool:
    """What PySide6 itself computes: the module's source, through inspect, names PySide6."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError):
        return False


def test_the_window_package_puts_the_cheaper_check_in_place() -> None:
    # Importing any part of the window imports the package first.
    assert sys.modules[FEATURE_MODULE]._mod_uses_pyside is uses_pyside


def test_the_cheaper_check_answers_as_pyside_does() -> None:
    import _sqlite3

    import sqlalchemy.sql.compiler

    modules = [
        blues_desktop.ui.widgets,  # imports PySide6
        blues_desktop.domain.offices,  # does not
        sqlalchemy.sql.compiler,  # a large file that does not
        sys,  # built in
        _sqlite3,  # compiled
    ]
    assert [uses_pyside(m) for m in modules] == [pyside_answer(m) for m in modules]
    assert [uses_pyside(m) for m in modules] == [True, False, False, False, False]
