"""One way to run a use case in the background.

`run_in_background(parent, op, on_success=…)` runs `op(progress, cancel)` on the
single database worker thread and delivers the result (a plain dataclass, never an
ORM object) back on the GUI thread. Promises:
- `op` must not touch widgets; it gets a progress callback and a cancel token;
- a `BluesError` is shown as a message box with its text, any other exception as
  an error dialog with details; neither closes the app;
- with `progress_label`, a progress dialog with a Cancel button is shown.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from blues_desktop.domain.cancel import CancelToken, ProgressFn
from blues_desktop.domain.errors import BluesError, CancelledError
from blues_desktop.services.logs import get_logger

Op = Callable[[ProgressFn, CancelToken], Any]

log = get_logger("ui.operations")
_pool: QThreadPool | None = None
# Signal carriers and jobs that are running. They have no Qt parent (a page may close
# while its job runs), so they are kept alive here until the job reports back. The
# pool does not delete jobs itself (autoDelete off): a job is a Python object, and
# letting the pool's thread free it underneath Python crashes now and then.
_live: set[QObject] = set()
_running: set[QRunnable] = set()


def database_pool() -> QThreadPool:
    """One worker thread: database work is serialised, like a single writer."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


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
            result = self.op(self.signals.progress.emit, self.cancel)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.succeeded.emit(result)


def show_error(parent: QWidget | None, exc: BaseException, details: str = "") -> None:
    if isinstance(exc, CancelledError):
        return
    if isinstance(exc, BluesError):
        log.warning("%s: %s", type(exc).__name__, exc)
        QMessageBox.warning(parent, "BLUES Desktop", str(exc))
        return
    from blues_desktop.ui.error_dialog import show_unexpected_error

    show_unexpected_error(parent, exc, details)


def run_in_background(
    parent: QWidget,
    op: Op,
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    progress_label: str | None = None,
) -> CancelToken:
    cancel = CancelToken()
    signals = _Signals()
    _live.add(signals)
    dialog: QProgressDialog | None = None
    if progress_label:
        dialog = QProgressDialog(progress_label, "Cancel", 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(cancel.cancel)

        def on_progress(done: int, total: int, what: str) -> None:
            assert dialog is not None
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            dialog.setLabelText(f"{progress_label}\n{what}")

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
            show_error(parent, exc, details)

    job = _Job(op, signals, cancel)
    _running.add(job)
    signals.succeeded.connect(succeeded)
    signals.failed.connect(failed)
    database_pool().start(job)
    return cancel
