"""One way to run a use case in the background.

`run_in_background(parent, op, on_success=…)` runs `op(progress, cancel)` on the
single database worker thread (the writer lane) and delivers the result (a plain
dataclass, never an ORM object) back on the GUI thread. `run_read(parent, op, …)` does
the same on the reader lane: a second thread beside the writer for reads only (a page
of a list, a detail pane), so a read never queues behind a long import or export.
Promises:
- `op` must not touch widgets; it gets a progress callback and a cancel token;
- a read job only reads (reads open a deferred transaction on a query-only
  connection: they run beside the writer and a write slipped into one fails);
- a `BluesError` is shown as a message box with its text, any other exception as
  an error dialog with details; neither closes the app;
- progress reaches the GUI thread at most about ten times a second (and always the
  last step), so a job that reports every row does not flood the window's event queue;
- with `progress_label`, a progress dialog with a Cancel button is shown.

`run_in_process(parent, ctx, job, …)` is for whole-file jobs (a bundle import, the
register's export): the writer lane starts a child process for `job` and waits for it
(services/processes.py), so the job's garbage collections and long C calls never hold the
window's Python lock. Progress, cancel and errors work as above.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from blues_desktop.domain.cancel import CancelToken, ProgressFn
from blues_desktop.domain.errors import BluesError, CancelledError
from blues_desktop.services.logs import get_logger
from blues_desktop.ui.messages import say

if TYPE_CHECKING:  # the window's first paint does not wait for the data layer's imports
    from blues_desktop.services.context import AppContext

Op = Callable[[ProgressFn, CancelToken], Any]
Job = Callable[["AppContext", ProgressFn, CancelToken], Any]  # picklable: run_in_process
Lane = Literal["write", "read"]
PROGRESS_EVERY_S = 0.1  # at most ~10 progress updates a second reach the GUI thread

log = get_logger("ui.operations")
_pools: dict[Lane, QThreadPool] = {}
# Signal carriers and jobs that are running. They have no Qt parent (a page may close
# while its job runs), so they are kept alive here until the job reports back. The
# pool does not delete jobs itself (autoDelete off): a job is a Python object, and
# letting the pool's thread free it underneath Python crashes now and then.
_live: set[QObject] = set()
_running: set[_Job] = set()


def database_pool(lane: Lane = "write") -> QThreadPool:
    """One worker thread per lane. The writer lane serialises database work, like a
    single writer; the reader lane runs reads one after another beside it."""
    pool = _pools.get(lane)
    if pool is None:
        pool = _pools[lane] = QThreadPool()
        pool.setMaxThreadCount(1)
    return pool


def wait_until_idle(msecs: int = 30_000) -> bool:
    """Wait for both lanes to finish what they were given (start-up self-test, tests)."""
    return all(database_pool(lane).waitForDone(msecs) for lane in ("write", "read"))


def finish_on_quit(msecs: int = 15_000) -> bool:
    """Once the window has closed: ask the running jobs to stop where they safely can (a
    write rolls back whole) and wait for both lanes, so that no job still reads a database
    being closed, or reports to objects that are being torn down with the program."""
    for job in list(_running):
        job.cancel.cancel()
    return wait_until_idle(msecs)


def busy() -> bool:
    """True while a job runs or waits on either lane."""
    return any(database_pool(lane).activeThreadCount() for lane in ("write", "read"))


class _Throttled:
    """Passes a job's progress on at most every PROGRESS_EVERY_S, and always the last
    step (done == total): each emit is a queued event the GUI thread must handle."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self.emit = emit
        self.last = 0.0

    def __call__(self, done: int, total: int, what: str = "") -> None:
        now = time.monotonic()
        if now - self.last >= PROGRESS_EVERY_S or (total and done >= total):
            self.last = now
            self.emit(done, total, what)


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, op: Op, signals: _Signals, cancel: CancelToken) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.op = op
        self.signals = signals
        self.cancel = cancel

    def run(self) -> None:
        try:
            result = self.op(_Throttled(self.signals.progress.emit), self.cancel)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.succeeded.emit(result)


def show_error(parent: QWidget | None, exc: BaseException, details: str = "") -> None:
    if isinstance(exc, CancelledError):
        return
    if isinstance(exc, BluesError):
        log.warning("%s: %s", type(exc).__name__, exc)
        QMessageBox.warning(parent, QCoreApplication.translate("operations", "BLUES Desktop"), say(exc))
        return
    from blues_desktop.ui.error_dialog import show_unexpected_error

    show_unexpected_error(parent, exc, details)


def run_read(
    parent: QObject,
    op: Op,
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
) -> CancelToken:
    """Run a read on the reader lane; `parent` may be a widget or a model (the result is
    dropped once it is gone)."""
    return run_in_background(
        parent, op, on_success=on_success, on_failure=on_failure, lane="read"
    )


def run_in_background(
    parent: QObject,
    op: Op,
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    progress_label: str | None = None,
    lane: Lane = "write",
) -> CancelToken:
    cancel = CancelToken()
    signals = _Signals()
    _live.add(signals)
    dialog: QProgressDialog | None = None
    if progress_label:
        dialog = QProgressDialog(progress_label, QCoreApplication.translate("operations", "Cancel"), 0, 0, _widget(parent))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(cancel.cancel)

        def on_progress(done: int, total: int, what: str) -> None:
            assert dialog is not None
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            label = f"{progress_label}\n{say(what)}"  # fields only: not marked
            dialog.setLabelText(label)

        signals.progress.connect(on_progress)

    def finish() -> bool:
        """Clean up; True if the widget that asked is still there to hear the result."""
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.reset()
            dialog.deleteLater()
        _live.discard(signals)
        _running.discard(job)
        signals.deleteLater()
        return shiboken6.isValid(parent)

    def succeeded(result: Any) -> None:
        if finish() and on_success is not None:
            on_success(result)

    def failed(exc: BaseException, details: str) -> None:
        if not finish():
            return
        if on_failure is not None:
            on_failure(exc)
        else:
            show_error(_widget(parent), exc, details)

    job = _Job(op, signals, cancel)
    _running.add(job)
    signals.succeeded.connect(succeeded)
    signals.failed.connect(failed)
    database_pool(lane).start(job)
    return cancel


def run_in_process(
    parent: QObject,
    ctx: AppContext,
    job: Job,
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    progress_label: str | None = None,
) -> CancelToken:
    """Run the picklable `job(ctx, progress, cancel)` in a child process, waited for on
    the writer lane (one write at a time still). Data the child cannot open (a database
    in memory, a fixed clock in tests) runs the job on the writer lane itself."""
    from blues_desktop.services.processes import ContextRecipe, run_in_child

    recipe = ContextRecipe.of(ctx)

    def op(progress: ProgressFn, cancel: CancelToken) -> Any:
        if recipe is None:
            return job(ctx, progress, cancel)
        return run_in_child(recipe, job, progress, cancel)

    return run_in_background(
        parent, op, on_success=on_success, on_failure=on_failure, progress_label=progress_label
    )


def _widget(parent: QObject) -> QWidget | None:
    return parent if isinstance(parent, QWidget) else None
