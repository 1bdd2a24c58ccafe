"""The `blues` command: help, version, first run, keys, and clear errors."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from blues_desktop import __version__


def test_help_and_version(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("--help")
    assert result.code == 0
    for command in ("init", "keys", "demo"):
        assert command in result.out
    assert run_cli("--version").out.strip() == f"blues {__version__}"


def test_init_then_keys_show(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = str(tmp_path / "d")
    result = run_cli("--data-dir", data, "init", "--office", "ZIN", "--name", "Begoña Ibáñez")
    assert result.code == 0, result.err
    assert "Set up office ZIN for Begoña Ibáñez" in result.out
    shown = run_cli("--data-dir", data, "keys", "show")
    assert shown.code == 0
    lines = shown.out.splitlines()
    assert any(line.startswith("RW") for line in lines)
    assert any(line.startswith("age1") for line in lines)
    assert "Office:        ZIN (ZINNAE)" in shown.out
    card = tmp_path / "zin.card"
    assert run_cli("--data-dir", data, "keys", "export", "--out", str(card)).code == 0
    assert '"office": "ZIN"' in card.read_text()


def test_data_dir_from_environment(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("BLUES_DATA_DIR", str(tmp_path / "env-data"))
    assert run_cli("init", "--office", "AQV", "--name", "Élodie").code == 0
    assert (tmp_path / "env-data" / "blues.sqlite").exists()


def test_unknown_office_code(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("--data-dir", str(tmp_path / "d"), "init", "--office", "XYZ", "--name", "A")
    assert result.code == 1
    assert (
        result.err.strip()
        == "blues: unknown office code 'XYZ'; the BLUES offices are BPT, NPG, MCI, ZIN, AQV"
    )


def test_bad_database_url(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for url in ("not a url", "nosuchdriver://x/y"):
        result = run_cli("--data-dir", str(tmp_path / "d"), "--db", url, "keys", "show")
        assert result.code == 1
        assert "database URL" in result.err and url in result.err
        assert "Traceback" not in result.err


@pytest.mark.skipif(
    os.geteuid() == 0, reason="root may write anywhere; test_unwritable_data_dir covers it for root"
)
def test_unwritable_data_dir_as_user(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    result = run_cli("--data-dir", str(locked / "blues"), "init", "--office", "ZIN", "--name", "A")
    assert result.code == 1 and "cannot create the data folder" in result.err


def test_unwritable_data_dir(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # A path under a regular file can never be created, whoever runs the test.
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = run_cli("--data-dir", str(blocker / "blues"), "init", "--office", "ZIN", "--name", "A")
    assert result.code == 1
    assert result.err.startswith("blues: cannot create the data folder")
    assert "Traceback" not in result.err


def test_commands_before_setup_say_how_to_set_up(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("--data-dir", str(tmp_path / "d"), "keys", "show")
    assert result.code == 1 and "blues init --office" in result.err


def test_console_script_runs_as_a_process(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "blues_desktop.cli.main",
            "--data-dir",
            str(tmp_path / "p"),
            "demo",
            "--office",
            "NPG",
            "--scale",
            "0.1",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Set up this data folder for office NPG" in done.stdout
    assert "organisations" in done.stdout
