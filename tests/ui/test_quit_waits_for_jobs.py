"""Quitting while the runner works: the running jobs are asked to stop and both lanes
are waited for before the database closes, so no job reads a closed database or
reports to objects torn down with the program."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from blues_desktop.domain.cancel import CancelToken, ProgressFn
from blues_desktop.domain.errors import CancelledError
from blues_desktop.ui.operations import busy, finish_on_quit, run_in_background, run_read


def test_quitting_stops_the_running_jobs_and_waits_for_both_lanes(qtbot) -> None:  # type: ignore[no-untyped-def]
    started = threading.Barrier(3, timeout=10)
    seen: list[str] = []

    def long_job(name: str):  # type: ignore[no-untyped-def]
        def op(_progress: ProgressFn, cancel: CancelToken) -> None:
            started.wait()
            while True:  # stops only when asked, as an import checks between its chunks
                if cancel.cancelled:
                    seen.append(f"{name} stopped")
                    raise CancelledError("stopped")
                threading.Event().wait(0.01)

        return op

    page = QObject()  # what asked for the jobs
    run_in_background(page, long_job("write"))
    run_read(page, long_job("read"))
    started.wait()
    assert busy()
    assert finish_on_quit(msecs=5_000)
    assert not busy()
    assert sorted(seen) == ["read stopped", "write stopped"]
