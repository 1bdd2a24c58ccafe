"""Time in one place, so tests can pin it and every stored timestamp is UTC."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """Now, in UTC, to the microsecond (the default clock)."""
    return datetime.now(UTC)

