"""Start-up and demo data: the foundation's figures.

- Cold start to the main window shown (offscreen Qt), a fresh process on a data
  folder with the five offices' demo data at scale 1, against a bare PySide6
  QMainWindow started the same way in the same run (target: at most 2x).
- `blues demo --scale 100` from an empty folder, wall time of the whole command
  (target: under 30 s); quick mode runs scale 10 and reports it without a target.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Figure, print_table, scratch_dir

RUNS = 3
START_LIMIT = 2.0
DEMO_LIMIT_S = 30.0

# Both children print "shown" from the first turn of the event loop after the
# window's show(), then quit: the time to a window the user can see and use.
APP_CHILD = """
import sys
from PySide6.QtCore import QTimer
from blues_desktop.ui.startup import application, run_app
app = application()
def shown():
    print("shown", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
sys.exit(run_app(sys.argv[1], None))
"""
BARE_CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 760)
window.show()
def shown():
    print("shown", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
sys.exit(app.exec())
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def time_to_shown(code: str, *args: str) -> float:
    """Seconds from starting a fresh interpreter to its window being shown."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "shown":
            elapsed = time.perf_counter() - started
            break
    else:
        _out, err = process.communicate()
        raise RuntimeError(f"the window did not show: {err.strip()[-400:]}")
    process.communicate(timeout=60)
    return elapsed


def blues(data_dir: Path, *args: str) -> float:
    """Wall seconds of one `blues` command in a fresh process."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "blues_desktop.cli.main", "--data-dir", str(data_dir), *args],
        check=True,
        capture_output=True,
        env=_env(),
    )
    return time.perf_counter() - started


def startup_figure() -> Figure:
    folder = scratch_dir("startup") / "data"
    blues(folder, "demo", "--scale", "1")
    time_to_shown(APP_CHILD, str(folder))  # warm the file cache: both sides start warm
    time_to_shown(BARE_CHILD)
    app = min(time_to_shown(APP_CHILD, str(folder)) for _ in range(RUNS))
    bare = min(time_to_shown(BARE_CHILD) for _ in range(RUNS))
    return Figure(
        "start to main window, 5-office demo at scale 1 (best of 3)",
        app,
        "s",
        baseline=bare,
        target=f"≤ {START_LIMIT:g}x bare Qt",
        ok=app / bare <= START_LIMIT,
        note="baseline: a bare PySide6 QMainWindow in a fresh process, same run",
    )


def demo_figure(quick: bool) -> Figure:
    scale = 10 if quick else 100
    seconds = blues(scratch_dir("demo") / "data", "demo", "--scale", str(scale))
    if quick:
        return Figure(
            f"blues demo --scale {scale} (whole command)",
            seconds,
            "s",
            target="(scale 100: < 30 s)",
            note="quick mode: scale 10; the target applies to the full run at scale 100",
        )
    return Figure(
        f"blues demo --scale {scale} (whole command)",
        seconds,
        "s",
        target=f"< {DEMO_LIMIT_S:g} s",
        ok=seconds < DEMO_LIMIT_S,
    )


def collect(quick: bool) -> list[Figure]:
    return [startup_figure(), demo_figure(quick)]


if __name__ == "__main__":
    print_table(collect(quick="--quick" in sys.argv))
