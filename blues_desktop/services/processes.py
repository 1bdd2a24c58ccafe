"""Whole-file jobs (a bundle import, the register's export) in a process of their own.

Why: a job run on a thread of the window's process shares Python's lock with the window.
A full collection of its millions of rows, a sort of 100,000 tuples or the release of a
large result each hold that lock for 0.1-0.3 s, and the window cannot paint or answer
meanwhile (benchmarks/bench_gui.py measured 0.4-1.8 s stalls). A child process has its
own lock and its own garbage: the window only waits for its messages.

`run_in_child(ctx, job, progress, cancel)` blocks the calling thread (the runner's writer
lane, ui/operations.py) until the child is done and returns what `job` returned, or
raises what it raised. `job(ctx, progress, cancel)` must be picklable: a module-level
function, or a `functools.partial` of one with picklable arguments; it runs in a fresh
interpreter ('spawn', the same on every system) on the same data folder and database,
as the same user. Progress comes back a few times a second; cancel reaches the child
between its steps. No Qt here.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from blues_desktop.domain.cancel import CancelToken, ProgressFn
from blues_desktop.domain.clock import utc_now
from blues_desktop.domain.errors import BluesError, CancelledError
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.services.context import AppContext, Installation
from blues_desktop.store.engine import make_engine, make_session_factory
from blues_desktop.store.paths import DataPaths

Job = Callable[[AppContext, ProgressFn, CancelToken], Any]
PROGRESS_EVERY_S = 0.05  # the child sends at most ~20 progress messages a second
POLL_S = 0.1  # how often the waiting thread looks at the cancel button
CHILD_NICENESS = 10  # the job yields the processor to the window


class JobStoppedError(BluesError):
    """The child process ended without an answer (killed, out of memory)."""


@dataclass(frozen=True)
class ContextRecipe:
    """What a child process needs to open the same data as `ctx`: plain, picklable."""

    data_dir: str
    db_url: str
    user_name: str

    @classmethod
    def of(cls, ctx: AppContext) -> ContextRecipe | None:
        """None when the data cannot be shared with another process: a database in memory,
        or a clock other than the real one (tests that fix the time run the job in place)."""
        url = ctx.installation.engine.url
        if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
            return None
        if ctx.installation.clock is not utc_now:
            return None
        return cls(str(ctx.paths.root), url.render_as_string(hide_password=False), ctx.user_name)

    def open(self) -> AppContext:
        """The context in the child: the database was opened, checked and upgraded by the
        window already, so none of that runs again (nor the clean-up of temporary files,
        which could be the window's own)."""
        engine = make_engine(self.db_url)
        installation = Installation(
            DataPaths(Path(self.data_dir)), engine, make_session_factory(engine)
        )
        return installation.context(self.user_name)


def run_in_child(recipe: ContextRecipe, job: Job, progress: ProgressFn, cancel: CancelToken) -> Any:
    """Run `job` in a child process and wait for it (see the module's notes)."""
    spawn = multiprocessing.get_context("spawn")
    receive, send = spawn.Pipe(duplex=False)
    stop = spawn.Event()
    child = spawn.Process(
        target=_child_main, args=(recipe, job, send, stop), name="blues-job", daemon=True
    )
    child.start()
    send.close()  # the child holds the sending end now: its exit ends the pipe
    try:
        while True:
            if cancel.cancelled:
                stop.set()
            if not receive.poll(POLL_S):
                if child.is_alive():
                    continue
                if not receive.poll(0):
                    raise _stopped()
            try:
                kind, *payload = receive.recv()
            except EOFError:  # the child is gone without an answer
                raise _stopped() from None
            if kind == "progress":
                progress(*payload)
            elif kind == "done":
                return pickle.loads(payload[0])
            else:
                raise _error_of(*payload)
    finally:
        receive.close()
        child.join(timeout=5)
        if child.is_alive():  # an answer came, but the child hangs on: end it
            child.kill()
            child.join()


def _stopped() -> JobStoppedError:
    return JobStoppedError(
        Message(
            QT_TRANSLATE_NOOP(
                "messages", "the work stopped unexpectedly before it finished; nothing was changed"
            )
        )
    )


class _ChildCancel(CancelToken):
    """The child's cancel token: set by the window's Cancel button through an Event."""

    def __init__(self, stop: Any) -> None:
        super().__init__()
        self._event = stop


def _child_main(recipe: ContextRecipe, job: Job, send: Connection, stop: Any) -> None:
    last = [0.0]

    def progress(done: int, total: int, what: str = "") -> None:
        now = time.monotonic()
        if now - last[0] >= PROGRESS_EVERY_S or (total and done >= total):
            last[0] = now
            send.send(("progress", done, total, what))

    # Behind the window for the processor: on a busy machine the window's own job
    # should not take the time the window needs to paint (no such call on Windows).
    with contextlib.suppress(AttributeError, OSError):
        os.nice(CHILD_NICENESS)
    ctx = None
    try:
        ctx = recipe.open()
        result = job(ctx, progress, _ChildCancel(stop))
        send.send(("done", pickle.dumps(result)))
    except BaseException as exc:  # every failure goes back to the window, in its words
        send.send(("failed", _pickled(exc), type(exc).__name__, str(exc),
                   isinstance(exc, BluesError), traceback.format_exc()))  # fmt: skip
    finally:
        if ctx is not None:
            ctx.installation.close()
        send.close()


def _pickled(exc: BaseException) -> bytes | None:
    try:
        data = pickle.dumps(exc)
        pickle.loads(data)  # some exceptions pickle but do not load again
    except Exception:  # noqa: BLE001 (any exception class may fail to pickle)
        return None
    return data


class ChildTraceback(Exception):  # noqa: N818 (not an error of its own: a cause's text)
    """The traceback of the child process, chained to the error the window shows."""


def _error_of(
    data: bytes | None, name: str, message: str, expected: bool, details: str
) -> BaseException:
    exc: BaseException | None = None
    if data is not None:
        try:
            exc = pickle.loads(data)
        except Exception:  # noqa: BLE001
            exc = None
    if exc is None:
        exc = (
            (CancelledError if name == "CancelledError" else BluesError)(message)
            if expected
            else (RuntimeError(f"{name}: {message}"))
        )
    exc.__cause__ = ChildTraceback(details)
    return exc
