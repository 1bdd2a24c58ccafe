"""Cancellation and progress for long work, without Qt.

Long services take `progress: ProgressFn | None` and `cancel: CancelToken | None`;
the UI passes a signal's `emit` and a token its Cancel button sets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from blues_desktop.domain.errors import CancelledError

ProgressFn = Callable[[int, int, str], None]


class CancelToken:
    """Set from any thread; checked by the worker between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise CancelledError("cancelled by the user; nothing was changed")


def report(progress: ProgressFn | None, done: int, total: int, what: str) -> None:
    """Call `progress` if there is one (keeps call sites short)."""
    if progress is not None:
        progress(done, total, what)
