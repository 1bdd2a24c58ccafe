"""PySide6's check on every import, made cheaper, gives PySide6's own answers."""

from __future__ import annotations

import builtins
import inspect
import sys
from types import ModuleType
from typing import Any

import pytest

import blues_desktop.domain.offices
import blues_desktop.ui.widgets
from blues_desktop.ui.feature_check import (
    FEATURE_MODULE,
    HOOK_NAME,
    WRAPPED_NAME,
    layers_below_the_window,
    uses_pyside,
)


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


def test_imports_below_the_window_go_straight_to_the_import_pyside6_wraps() -> None:
    hooked = builtins.__import__
    assert hooked.__name__ == HOOK_NAME  # PySide6's hook is in place, as in the window
    with layers_below_the_window():
        assert builtins.__import__ is getattr(builtins, WRAPPED_NAME)
        import colorsys  # a module nothing here has imported yet

    assert builtins.__import__ is hooked
    assert colorsys.rgb_to_hsv(1.0, 0.0, 0.0) == (0.0, 1.0, 1.0)
    # PySide6 did not look at it on the way in (it would have noted "does not use PySide6")
    assert "colorsys" not in sys.modules[FEATURE_MODULE].pyside_feature_dict


def test_the_hook_is_back_after_an_import_that_failed() -> None:
    hooked = builtins.__import__
    with pytest.raises(ModuleNotFoundError), layers_below_the_window():
        import blues_desktop.no_such_module  # noqa: F401
    assert builtins.__import__ is hooked


def test_without_pyside6s_hook_nothing_is_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    def plain_import(*args: Any, **kwargs: Any) -> Any:
        return original(*args, **kwargs)

    original = builtins.__import__
    monkeypatch.setattr(builtins, "__import__", plain_import)
    with layers_below_the_window():
        assert builtins.__import__ is plain_import
    assert builtins.__import__ is plain_import
