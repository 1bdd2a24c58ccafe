"""`blues … | head`: a command whose reader closes the pipe stops without a traceback.

Each command runs as a real process writing into a real pipe whose reading end is
closed before it writes, as `head` does once it has its lines.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from blues_desktop.services.context import open_installation
from blues_desktop.services.demo import generate
from blues_desktop.services.setup import initialise

PIPE_CLOSED = 141  # 128 + SIGPIPE, as a shell reports a tool stopped by a closed pipe
COMMANDS: tuple[tuple[str, ...], ...] = (
    ("--help",),
    ("members", "list"),
    ("exchanges", "list"),
    ("events", "list"),
    ("timesheets", "staff"),
    ("partners", "list"),
    ("keys", "show"),
    ("demo", "--office", "ZIN", "--scale", "0.05"),
)


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pipe") / "data"
    installation = open_installation(folder)
    initialise(installation, "ZIN", "Ana García")
    generate(installation.context(), scale=0.1, offices=["ZIN"])
    installation.close()
    return folder


def _run_into_closed_pipe(args: tuple[str, ...], env: dict[str, str]) -> subprocess.Popen[bytes]:
    read_end, write_end = os.pipe()
    process = subprocess.Popen(
        [sys.executable, "-m", "blues_desktop.cli.main", *args],
        stdout=write_end,
        stderr=subprocess.PIPE,
        env=env,
    )
    os.close(write_end)
    os.close(read_end)  # the reader is gone before the command writes its first line
    return process


def test_every_command_stops_quietly_when_its_reader_closes_the_pipe(
    demo_folder: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "BLUES_DATA_DIR": str(demo_folder)}
    demo_env = {**env, "BLUES_DATA_DIR": str(tmp_path / "fresh")}
    # all at once: each process mostly waits for its imports
    running = [
        (args, _run_into_closed_pipe(args, demo_env if args[0] == "demo" else env))
        for args in COMMANDS
    ]
    for args, process in running:
        _out, err = process.communicate(timeout=120)
        text = err.decode("utf-8", "replace")
        assert "Traceback" not in text and "BrokenPipeError" not in text, (args, text)
        assert "Exception ignored" not in text, (args, text)
        # argparse writes the help itself and ignores a closed pipe: it ends as usual
        expected = 0 if "--help" in args else PIPE_CLOSED
        assert process.returncode == expected, (args, process.returncode, text)


def test_output_read_in_full_is_unchanged(demo_folder: Path) -> None:
    env = {**os.environ, "BLUES_DATA_DIR": str(demo_folder)}
    done = subprocess.run(
        [sys.executable, "-m", "blues_desktop.cli.main", "exchanges", "list"],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert b"ZIN-X-" in done.stdout and not done.stderr.strip()
