"""The self-test of an installation: it passes on a sound one, says which step failed
and exits non-zero otherwise, and never touches the user's data folder."""

from __future__ import annotations

import io
import os
from pathlib import Path

from blues_desktop.selftest import DATA_STEPS, ENV_FAIL, Step, run_steps
from blues_desktop.selftest.runner import SelfTestFailure

DATA_STEP_NAMES = [step.name for step in DATA_STEPS]


def _ok_lines(out: str) -> list[str]:
    return [line.split(" (")[0].removeprefix("ok").strip() for line in out.splitlines()
            if line.startswith("ok ")]  # fmt: skip


def test_blues_self_test_passes_every_step_outside_the_users_folder(run_cli, isolated_home):
    user_folder = Path(os.environ["BLUES_DATA_DIR"])
    result = run_cli("self-test")
    assert result.code == 0, result
    assert _ok_lines(result.out) == DATA_STEP_NAMES
    assert f"All {len(DATA_STEPS)} steps passed" in result.out
    assert "FAILED" not in result.out
    # Neither the data folder nor its logs were created: the test ran in a temporary folder.
    assert not user_folder.exists()
    assert not (isolated_home / ".local" / "share" / "BLUES Desktop").exists()


def test_a_failing_step_stops_the_run_and_exits_non_zero(run_cli, monkeypatch):
    monkeypatch.setenv(ENV_FAIL, "offices and keys")
    result = run_cli("self-test")
    assert result.code == 1
    lines = result.out.splitlines()
    assert _ok_lines(result.out) == ["migrations"]
    failed = [line for line in lines if line.startswith("FAILED")]
    assert failed and failed[0].startswith("FAILED  offices and keys (")
    assert f"failed on purpose ({ENV_FAIL}=offices and keys)" in failed[0]
    assert "not run: demo data, contract PDF" in result.out
    assert "steps passed" not in result.out


def test_a_hook_naming_no_step_is_refused(run_cli, monkeypatch):
    monkeypatch.setenv(ENV_FAIL, "no such step")
    result = run_cli("self-test")
    assert result.code == 1
    assert "names no step" in result.out and "migrations" in result.out


def test_a_real_error_is_reported_in_words_with_where_it_stopped():
    def broken(_ws: object) -> str:
        return {"a": 1}["b"]  # a KeyError, as an unexpected bug would raise

    def refused(_ws: object) -> str:
        raise SelfTestFailure("the workbook holds 3 organisations, not 4")

    out = io.StringIO()
    assert run_steps([Step("first", lambda _ws: "fine"), Step("second", broken)], None, out) == 1
    text = out.getvalue()
    assert "ok      first (" in text and "): fine" in text
    assert "FAILED  second (" in text and "KeyError: 'b' (in test_self_test.py, line" in text
    out = io.StringIO()
    assert run_steps([Step("check", refused)], None, out) == 1
    assert out.getvalue().rstrip().endswith("the workbook holds 3 organisations, not 4")


def test_the_window_self_test_opens_the_window_and_every_page(capfd):
    from blues_desktop.ui.app import main
    from blues_desktop.ui.main_window import PAGES

    assert main(["--self-test"]) == 0
    out = capfd.readouterr().out
    expected = [
        *DATA_STEP_NAMES, "main window", "languages", *(f"page {p.title}" for p in PAGES),
        "partners and keys", "member export from the window", "close window",
    ]  # fmt: skip
    assert _ok_lines(out) == expected
