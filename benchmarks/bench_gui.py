"""The GUI while the database works: the main window open on the Members page of a
partner office holding the five offices' demo data at scale 100, while a full bundle
import and a member export run through the window's background runner
(`ui/operations.py`), each in a process of its own as the pages run them
(`run_in_process`). A timer on the GUI thread ticks every 10 ms and records the
longest gap between two ticks: the longest the window could not answer (target: under
100 ms), against the same window, timer and user for 10 s with nothing running first
(the baseline: what the machine itself adds). Meanwhile a simulated user works the page every 250 ms (the list refreshed,
the next page scrolled in, an organisation's detail opened); the slowest of these is
reported with what it was, since a read on the GUI thread is what waits for the
import's lock.

The window runs in its own process (offscreen Qt); the data are made once per run.
Setup shortcut: the coordinator's second full bundle carries every record of the other
offices at a higher revision (one SQL update per table in the coordinator's file), so
the measured import rewrites every row the partner holds of them, as a partner's first
full import after long changes would.

Run: python -m benchmarks.bench_gui [--quick]
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from benchmarks.bench_bundles import two_offices
from benchmarks.common import Figure, print_table, scratch_dir
from blues_desktop.bundles.export import export_bundle
from blues_desktop.bundles.merge import import_bundle
from blues_desktop.bundles.tables import sync_tables

STALL_LIMIT_MS = 100.0
TICK_MS = 10
USER_EVERY_MS = 250
IDLE_MS = 10_000  # the same window and user first, with nothing running: the noise floor
CHILD_TIMEOUT_S = 1800

GUI_CHILD = r"""
import gc, json, sys, threading, time, traceback
from collections import Counter
from functools import partial
from pathlib import Path
from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QApplication
from blues_desktop.services.context import open_installation
from blues_desktop.services.members.listing import OrganisationFilter
from blues_desktop.ui import jobs
from blues_desktop.ui.main_window import MainWindow
from blues_desktop.ui.operations import run_in_process

TICK_MS, USER_EVERY_MS, IDLE_MS = int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
app = QApplication([])
installation = open_installation(Path(sys.argv[1]))
ctx = installation.context()
bundle, export_path = Path(sys.argv[2]), Path(sys.argv[3])
window = MainWindow(ctx)
window.show()
state = {"last": None, "phase": "idle", "gaps": {"idle": [], "busy": []}, "worst_gap_at": 0.0,
         "actions": {"idle": {}, "busy": {}}, "step": 0, "done": {}}
started = [0.0]
gui_thread = threading.get_ident()
samples = []  # (the tick a gap began at, the GUI thread's innermost frames) while it lasts

def tick():
    now = time.perf_counter()
    if state["last"] is not None:
        gap = now - state["last"]
        gaps = state["gaps"][state["phase"]]
        gaps.append(gap)
        if state["phase"] == "busy" and gap >= max(gaps):
            state["worst_gap_at"] = now - started[0]
            state["worst_from"] = state["last"]
    state["last"] = now

def where(frame):
    # The GUI thread's innermost frames, innermost first.
    if frame is None:
        return "(no Python frame)"
    stack = traceback.extract_stack(frame)[-4:]
    return " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(stack))

def watch():
    # Sampled from a thread of its own: what the GUI thread runs while its timer is late
    # ("app.exec" innermost: in Qt's C++ code, or waiting for the GIL).
    while state["phase"] != "over":
        time.sleep(0.005)
        last = state["last"]
        if state["phase"] == "busy" and last is not None and time.perf_counter() - last > 0.03:
            samples.append((last, where(sys._current_frames().get(gui_thread))))

def user():
    page = window.pages[0]
    step = state["step"] = state["step"] + 1
    kind = ("list refresh", "next page of the list", "organisation detail")[step % 3]
    began = time.perf_counter()
    try:
        if kind == "list refresh":
            page.refresh()
        elif kind == "next page of the list":
            if page.model.canFetchMore(QModelIndex()):
                page.model.fetchMore(QModelIndex())
        else:
            rows = page.model.rowCount()
            if rows:
                page.show_detail(page.model.index(step % rows, 0))
    except Exception as exc:  # e.g. the database stayed locked past the busy timeout
        kind = f"{kind} (failed: {str(exc).splitlines()[0][:80]})"
    took = time.perf_counter() - began
    actions = state["actions"][state["phase"]]
    worst = actions.get(kind, (0.0, 0.0))
    if took > worst[0]:
        actions[kind] = (took, began - started[0])

def finished(what, value):
    state["done"][what] = (time.perf_counter() - started[0], value)
    if len(state["done"]) == 2:
        QTimer.singleShot(200, app.quit)

def failed(what):
    def report(exc):
        state["done"][what] = (time.perf_counter() - started[0], f"failed: {exc}")
        if len(state["done"]) == 2:
            QTimer.singleShot(200, app.quit)
    return report

def begin():
    if not window.pages:
        QTimer.singleShot(20, begin)
        return
    ticker.start(TICK_MS)
    clicks.start(USER_EVERY_MS)
    QTimer.singleShot(IDLE_MS, start_jobs)  # first the same window and user, nothing running

def start_jobs():
    state["phase"] = "busy"
    started[0] = time.perf_counter()
    page = window.pages[0]
    # As the Bundles and Members pages run them: each in a process of its own, waited for
    # on the runner's writer lane (ui/jobs.py, run_in_process).
    run_in_process(
        page,
        ctx,
        partial(jobs.import_bundles, paths=[bundle], passphrase=None),
        on_success=lambda results: finished("import", results[0].changed_rows),
        on_failure=failed("import"),
    )
    run_in_process(
        page,
        ctx,
        partial(jobs.export_register, path=export_path, flt=OrganisationFilter(),
                include_unconsented=False),
        on_success=lambda result: finished("export", result.organisations + result.contacts),
        on_failure=failed("export"),
    )

gc_pauses = []  # (when, generation, ms, thread) of each collection over 20 ms, while busy
gc_began = [0.0]

def on_gc(phase, info):
    # A collection holds Python's lock throughout: every thread, the GUI's too, waits.
    if phase == "start":
        gc_began[0] = time.perf_counter()
    elif state["phase"] == "busy":
        took = time.perf_counter() - gc_began[0]
        if took > 0.02:
            gc_pauses.append((round(gc_began[0] - started[0], 2), info["generation"],
                              round(1000 * took), threading.current_thread().name))

gc.callbacks.append(on_gc)
threading.Thread(target=watch, daemon=True).start()
ticker = QTimer()
ticker.setTimerType(ticker.timerType().PreciseTimer)
ticker.timeout.connect(tick)
clicks = QTimer()
clicks.timeout.connect(user)
QTimer.singleShot(0, begin)
app.exec()
state["phase"] = "over"
gaps = sorted(state["gaps"]["busy"])
worst = Counter(w for last, w in samples if last == state.get("worst_from"))
late = Counter(w for _last, w in samples)
idle = sorted(state["gaps"]["idle"])
print("GUI-JSON:" + json.dumps({
    "max_gap_ms": 1000 * gaps[-1],
    "p99_gap_ms": 1000 * gaps[int(0.99 * (len(gaps) - 1))],
    "idle_max_gap_ms": 1000 * idle[-1],
    "idle_p99_gap_ms": 1000 * idle[int(0.99 * (len(idle) - 1))],
    "ticks": len(gaps),
    "worst_gap_at_s": state["worst_gap_at"],
    "seconds": time.perf_counter() - started[0],
    "actions": {k: [1000 * v[0], v[1]] for k, v in state["actions"]["busy"].items()},
    "idle_actions": {k: 1000 * v[0] for k, v in state["actions"]["idle"].items()},
    "done": state["done"],
    "worst_gap_frames": worst.most_common(3),
    "late_frames": late.most_common(5),
    "gc_pauses": sorted(gc_pauses, key=lambda p: -p[2])[:5],
}), flush=True)
installation.close()
"""


def _make_data(root: Path, scale: float) -> tuple[Path, Path]:
    """A partner's data folder holding the coordinator's demo data (imported once), and
    the coordinator's next full bundle, which changes every record of the other offices."""
    c, p = two_offices(root, scale)
    out = root / "out"
    out.mkdir()
    import_bundle(p, export_bundle(c, out, full=True).path)
    with c.transaction() as session:
        for table in sync_tables():
            session.execute(
                text(f"UPDATE {table.name} SET revision = revision + 1 WHERE office_id != 'NPG'")
            )
    second = export_bundle(c, out, full=True).path
    p.installation.close()
    c.installation.close()
    return root / "npg", second


def run_window(folder: Path, bundle: Path, export_path: Path) -> dict:  # type: ignore[type-arg]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            GUI_CHILD,
            str(folder),
            str(bundle),
            str(export_path),
            str(TICK_MS),
            str(USER_EVERY_MS),
            str(IDLE_MS),
        ],
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        env=env,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("GUI-JSON:")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"the window run failed: {done.stderr.strip()[-600:]}")
    return json.loads(lines[-1].removeprefix("GUI-JSON:"))  # type: ignore[no-any-return]


def collect(quick: bool) -> list[Figure]:
    scale = 5 if quick else 100
    root = scratch_dir("gui")
    try:
        folder, bundle = _make_data(root, scale)
        measured = run_window(folder, bundle, root / "members.xlsx")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    done = measured["done"]
    import_s, rows = done.get("import", [float("nan"), "did not finish"])
    export_s, exported = done.get("export", [float("nan"), "did not finish"])
    actions = measured["actions"]
    slowest = max(actions, key=lambda k: actions[k][0]) if actions else "none"
    slowest_ms, slowest_at = actions.get(slowest, [float("nan"), 0.0])
    stall, idle = measured["max_gap_ms"], measured["idle_max_gap_ms"]
    finished = isinstance(rows, int) and isinstance(exported, int)
    what = (
        f"GUI: longest stall, Members page at scale {scale:g} during a full bundle import "
        f"({rows:,} rows) and a member export ({exported:,} rows)"
        if finished
        else f"GUI: longest stall, Members page at scale {scale:g} (import: {rows}; export: {exported})"
    )
    idle_actions = measured["idle_actions"]
    frames = measured["worst_gap_frames"]
    print("GUI thread during the longest gap (sampled every 5 ms):", file=sys.stderr)
    for frame, count in frames:
        print(f"  {count} x {frame}", file=sys.stderr)
    print("GUI thread during every gap over 30 ms:", file=sys.stderr)
    for frame, count in measured["late_frames"]:
        print(f"  {count} x {frame}", file=sys.stderr)
    print("Garbage collections over 20 ms (at s, generation, ms, thread):", file=sys.stderr)
    for pause in measured["gc_pauses"]:
        print(f"  {pause}", file=sys.stderr)
    during = frames[0][0] if frames else "no sample (under 30 ms)"
    if during.startswith("<string>:") and " < " not in during:  # the child's app.exec() line
        during = "app.exec() alone (Qt's own C++ code, or waiting for Python's lock)"
    return [
        Figure(
            what,
            stall,
            "ms",
            baseline=idle,
            target=f"< {STALL_LIMIT_MS:g} ms",
            ok=stall < STALL_LIMIT_MS and finished,
            note=f"a {TICK_MS} ms timer on the GUI thread, {measured['ticks']:,} gaps; 99th "
            f"percentile {measured['p99_gap_ms']:.0f} ms; the longest at {measured['worst_gap_at_s']:.1f} s; "
            f"import done at {import_s:.1f} s, export at {export_s:.1f} s (the runner's writer lane, in turn); "
            f"baseline: the same window, timer and user for {IDLE_MS / 1000:g} s with nothing running "
            f"(99th percentile {measured['idle_p99_gap_ms']:.0f} ms); the GUI thread during the "
            f"longest gap: {during}",
        ),
        Figure(
            "GUI: slowest user action on the GUI thread during that run",
            slowest_ms,
            "ms",
            baseline=max(idle_actions.values(), default=None),
            note=f"{slowest} at {slowest_at:.1f} s; "
            + ", ".join(f"{k} {v[0]:.0f} ms" for k, v in sorted(actions.items()))
            + "; baseline: the slowest with nothing running ("
            + ", ".join(f"{k} {v:.0f} ms" for k, v in sorted(idle_actions.items()))
            + ")",
        ),
    ]


if __name__ == "__main__":
    print_table(collect(quick="--quick" in sys.argv))
