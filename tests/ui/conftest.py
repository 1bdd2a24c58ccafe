"""Qt tests run offscreen with one QApplication (pytest-qt's qapp)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _finish_background_jobs(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Let every database job of a test (both lanes) finish before its widgets and data go away."""
    yield
    from blues_desktop.ui.operations import wait_until_idle

    wait_until_idle(10_000)
    qapp.processEvents()
