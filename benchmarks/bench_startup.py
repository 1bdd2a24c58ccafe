"""Start-up and demo data: the foundation's figures.

- Cold start to the main window shown (offscreen Qt), a fresh process on a data
  folder with the five offices' demo data at scale 1, against a bare PySide6
  QMainWindow started the same way in the same run (target: at most 2x); and to the
  first page (Members) showing the first rows of its list (target: at most 4x); and,
  without a target, the least such a start costs (the bare window, then the data layer).
- `blues demo --scale 100` from an empty folder, wall time of the whole command
  (target: under 30 s); quick mode runs scale 10 and reports it without a target.
- The start-up `PRAGMA quick_check` on the database that command made.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import (
    Figure,
    best_of,
    print_table,
    scratch_dir,
    seconds_until_shown,
    start_env,
)
from blues_desktop.store.integrity import quick_check

RUNS = 3
START_LIMIT = 2.0
READY_LIMIT = 4.0
DEMO_LIMIT_S = 30.0
CHECK_LIMIT_S = 1.0

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
# The same start, until the first page (Members) shows the first rows of its list, read
# from the opened data; "shown" from the turn after they arrived (laid out and painted).
READY_CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from blues_desktop.ui.startup import application, run_app
from blues_desktop.ui.main_window import MainWindow
app = application()
def shown():
    print("shown", flush=True)
    app.quit()
def poll():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    page = windows[0].pages[0] if windows and windows[0].pages else None
    if page is not None and page.model.generation and not page.model.loading:
        QTimer.singleShot(0, shown)
    else:
        QTimer.singleShot(5, poll)
QTimer.singleShot(0, poll)
sys.exit(run_app(sys.argv[1], None))
"""
# A bare PySide6 window, the baseline's and the floor's.
BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 760)
window.show()
"""
# The least a start that shows rows read through the data layer can cost: the bare window,
# then SQLAlchemy, its ORM and the models imported the way the app imports them, and the
# mappers configured (what the first query of any page does first); nothing of the app's
# own (its window, pages, the read itself).
FLOOR_CHILD = BARE_WINDOW + """
from blues_desktop.ui.feature_check import layers_below_the_window
def data_layer():
    with layers_below_the_window():
        import blues_desktop.store.models
        from sqlalchemy.orm import configure_mappers
    configure_mappers()
    print("shown", flush=True)
    app.quit()
QTimer.singleShot(0, data_layer)
sys.exit(app.exec())
"""
BARE_CHILD = BARE_WINDOW + """
def shown():
    print("shown", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
sys.exit(app.exec())
"""


def _env() -> dict[str, str]:
    return start_env()


def time_to_shown(code: str, *args: str) -> float:
    """Seconds from starting a fresh interpreter to its window being shown."""
    return seconds_until_shown([sys.executable, "-c", code, *args], _env())


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


def startup_figures() -> list[Figure]:
    scratch = scratch_dir("startup")
    folder = scratch / "data"
    try:
        blues(folder, "demo", "--scale", "1")
        time_to_shown(APP_CHILD, str(folder))  # warm the file cache: both sides start warm
        time_to_shown(BARE_CHILD)
        app = min(time_to_shown(APP_CHILD, str(folder)) for _ in range(RUNS))
        bare = min(time_to_shown(BARE_CHILD) for _ in range(RUNS))
        ready = min(time_to_shown(READY_CHILD, str(folder)) for _ in range(RUNS))
        floor = min(time_to_shown(FLOOR_CHILD) for _ in range(RUNS))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return [
        Figure(
            "start to main window, 5-office demo at scale 1 (best of 3)",
            app,
            "s",
            baseline=bare,
            target=f"≤ {START_LIMIT:g}x bare Qt",
            ok=app / bare <= START_LIMIT,
            note="baseline: a bare PySide6 QMainWindow in a fresh process, same run; the window shows "
            "after a stdlib sqlite3 look at the folder, the data layer opens behind it",
        ),
        Figure(
            "start to first page built on the opened data (best of 3)",
            ready,
            "s",
            baseline=bare,
            target=f"≤ {READY_LIMIT:g}x bare Qt",
            ok=ready / bare <= READY_LIMIT,
            note="until the Members page shows the first rows of its list (the page built, its first "
            "page of rows read on the reader lane, laid out and painted): SQLAlchemy, the models, the "
            "upgrade check, the page's imports; before 2026-11-30 this row stopped when the page "
            "object existed, before any row was read",
        ),
        Figure(
            "the least such a start costs: a bare Qt window, then the data layer (best of 3)",
            floor,
            "s",
            baseline=bare,
            note="a bare PySide6 QMainWindow shown, then SQLAlchemy, its ORM and the models "
            "imported as the app imports them and the mappers configured (what the first query "
            "of any page does first); nothing of the app's own: its window, pages and the read "
            "come on top of this",
        ),
    ]


def demo_figures(quick: bool) -> list[Figure]:
    """The demo command's wall time, and the start-up check on the database it made."""
    scale = 10 if quick else 100
    scratch = scratch_dir("demo")
    try:
        seconds = blues(scratch / "data", "demo", "--scale", str(scale))
        database = scratch / "data" / "blues.sqlite"
        check = best_of(3, lambda: quick_check(database))
        size_mb = database.stat().st_size / 1_048_576
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    what = f"blues demo --scale {scale} (whole command)"
    if quick:
        demo = Figure(
            what,
            seconds,
            "s",
            target="(scale 100: < 30 s)",
            note="quick mode: scale 10; the target applies to the full run at scale 100",
        )
    else:
        demo = Figure(what, seconds, "s", target=f"< {DEMO_LIMIT_S:g} s", ok=seconds < DEMO_LIMIT_S)
    check_figure = Figure(
        f"start-up quick_check of that database ({size_mb:.0f} MB)",
        check,
        "s",
        target=f"< {CHECK_LIMIT_S:g} s",
        ok=check < CHECK_LIMIT_S,
        note="runs before every start; best of 3, file in the page cache",
    )
    return [demo, check_figure]


def collect(quick: bool) -> list[Figure]:
    return [*startup_figures(), *demo_figures(quick)]


if __name__ == "__main__":
    print_table(collect(quick="--quick" in sys.argv))
