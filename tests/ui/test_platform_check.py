from __future__ import annotations

import ctypes.util

import pytest

from blues_desktop.ui.platform_check import check_platform


def test_no_display_is_explained() -> None:
    problem = check_platform({}, "linux")
    assert problem is not None
    assert "needs a graphical display" in problem.message and "xvfb-run" in problem.message


def test_missing_library_names_the_debian_package(monkeypatch: pytest.MonkeyPatch) -> None:
    real = ctypes.util.find_library
    monkeypatch.setattr(
        ctypes.util,
        "find_library",
        lambda name: None if name == "xcb-cursor" else real(name) or "lib.so",
    )
    problem = check_platform({"DISPLAY": ":0"}, "linux")
    assert problem is not None
    assert (
        "libxcb-cursor" in problem.message and "apt-get install libxcb-cursor0" in problem.message
    )


def test_windows_and_macos_are_not_checked() -> None:
    assert check_platform({}, "win32") is None and check_platform({}, "darwin") is None


def test_gui_script_exits_cleanly_without_display(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from blues_desktop.ui import app

    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr("sys.platform", "linux")
    assert app.main([]) == 1
    assert "needs a graphical display" in capsys.readouterr().err
