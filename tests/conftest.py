"""Shared fixtures. Every test runs with its own data folder and home directory, so no
test ever reads or writes a real user's data; Qt runs offscreen."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from blues_desktop.cli.main import main as cli_main  # noqa: E402
from blues_desktop.services.context import AppContext, Installation, open_installation  # noqa: E402
from blues_desktop.services.setup import initialise  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("BLUES_DATA_DIR", str(home / "blues-data"))
    return home


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def installation(data_dir: Path) -> Iterator[Installation]:
    inst = open_installation(data_dir)
    yield inst
    inst.close()


def make_office(
    installation: Installation, code: str = "ZIN", name: str = "Ana García"
) -> AppContext:
    initialise(installation, code, name)
    return installation.context()


@pytest.fixture
def ctx(installation: Installation) -> AppContext:
    """A partner office (ZINNAE) set up in a fresh data folder."""
    return make_office(installation, "ZIN")


@pytest.fixture
def coordinator_ctx(tmp_path: Path) -> Iterator[AppContext]:
    """The coordinator (BalticNet-PlasmaTec) in its own data folder."""
    inst = open_installation(tmp_path / "coordinator")
    yield make_office(inst, "BPT", "Jörg Köhler")
    inst.close()


class CliResult:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def __repr__(self) -> str:
        return f"CliResult(code={self.code}, out={self.out!r}, err={self.err!r})"


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run `blues ARGS…` in-process; returns exit code, stdout and stderr."""

    def run(*args: str) -> CliResult:
        try:
            code = cli_main(list(args))
        except SystemExit as exc:  # argparse usage errors, --help, --version
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def require_tool(name: str) -> str:
    """The path of a Debian tool the test checks against (minisign, age, pdftotext).

    CI installs them; on a developer machine without them the test is skipped.
    """
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed; .ci/run must install it")
        pytest.skip(f"{name} is not installed")
    return path
