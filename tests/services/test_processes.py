"""Whole-file jobs in a child process (services/processes.py): the job runs in another
process on the same data, its progress, result and errors come back, cancel reaches it."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import pytest

from blues_desktop.domain.cancel import CancelToken, ProgressFn
from blues_desktop.domain.errors import CancelledError, NotFoundError
from blues_desktop.domain.organisations import OrganisationInput
from blues_desktop.services.context import AppContext, open_installation
from blues_desktop.services.members.editing import save_organisation
from blues_desktop.services.processes import (
    ChildTraceback,
    ContextRecipe,
    JobStoppedError,
    run_in_child,
)


# The jobs: module-level, so the child process finds them by name.
def where_and_what(
    ctx: AppContext, progress: ProgressFn, _cancel: CancelToken
) -> tuple[int, str, list[str], int]:
    from blues_desktop.services.members.listing import OrganisationFilter, list_organisations

    for step in range(1, 4):
        progress(step, 3, f"step {step}")
    rows = list_organisations(ctx, OrganisationFilter(), limit=10)
    return os.getpid(), ctx.user_name, [r.legal_name for r in rows], os.nice(0)


def refuse(_ctx: AppContext, _progress: ProgressFn, _cancel: CancelToken) -> None:
    raise NotFoundError("the organisation Nordlicht GmbH is not in the register")


def crash(_ctx: AppContext, _progress: ProgressFn, _cancel: CancelToken) -> None:
    return {}["no such key"]  # type: ignore[return-value]


def die(_ctx: AppContext, _progress: ProgressFn, _cancel: CancelToken) -> None:
    os._exit(3)


def wait_for_cancel(
    _ctx: AppContext, progress: ProgressFn, cancel: CancelToken, *, marker: str
) -> None:
    Path(marker).write_text("started")
    for _ in range(600):
        cancel.raise_if_cancelled()
        time.sleep(0.05)


def test_a_job_runs_in_another_process_on_the_same_data(ctx: AppContext) -> None:
    save_organisation(ctx, OrganisationInput("Nordlicht GmbH", "sme", "DE"))
    recipe = ContextRecipe.of(ctx)
    assert recipe is not None
    steps: list[tuple[int, int, str]] = []
    pid, user, names, niceness = run_in_child(
        recipe, where_and_what, lambda *s: steps.append(s), CancelToken()
    )
    assert pid != os.getpid()
    assert niceness > os.nice(0)  # behind the window for the processor
    assert user == ctx.user_name
    assert names == ["Nordlicht GmbH"]
    assert steps[-1] == (3, 3, "step 3")  # the last step always arrives


def test_an_expected_error_arrives_in_its_words(ctx: AppContext) -> None:
    recipe = ContextRecipe.of(ctx)
    assert recipe is not None
    with pytest.raises(NotFoundError, match="Nordlicht GmbH is not in the register"):
        run_in_child(recipe, refuse, lambda *_: None, CancelToken())


def test_an_unexpected_error_keeps_the_child_traceback(ctx: AppContext) -> None:
    recipe = ContextRecipe.of(ctx)
    assert recipe is not None
    with pytest.raises(KeyError) as caught:
        run_in_child(recipe, crash, lambda *_: None, CancelToken())
    assert isinstance(caught.value.__cause__, ChildTraceback)
    assert "in crash" in str(caught.value.__cause__)


def test_a_child_that_dies_is_reported_in_words(ctx: AppContext) -> None:
    recipe = ContextRecipe.of(ctx)
    assert recipe is not None
    with pytest.raises(JobStoppedError, match="stopped unexpectedly before it finished"):
        run_in_child(recipe, die, lambda *_: None, CancelToken())


def test_cancel_reaches_the_child(ctx: AppContext, tmp_path: Path) -> None:
    recipe = ContextRecipe.of(ctx)
    assert recipe is not None
    marker = tmp_path / "started"
    cancel = CancelToken()

    def progress(*_: object) -> None:
        pass

    import threading

    def press_cancel() -> None:
        while not marker.exists():
            time.sleep(0.02)
        cancel.cancel()

    threading.Thread(target=press_cancel, daemon=True).start()
    began = time.monotonic()
    with pytest.raises(CancelledError):
        run_in_child(recipe, partial(wait_for_cancel, marker=str(marker)), progress, cancel)
    assert time.monotonic() - began < 25  # not the job's whole 30 s


def test_data_a_child_cannot_open_stays_in_place(tmp_path: Path) -> None:
    fixed = open_installation(tmp_path / "fixed", clock=lambda: datetime(2026, 3, 1, tzinfo=UTC))
    try:
        from blues_desktop.services.context import SETTING_OFFICE
        from blues_desktop.store.models import LocalSetting

        with fixed.sessions.begin() as session:
            session.add(LocalSetting(key=SETTING_OFFICE, value="NPG"))
        assert ContextRecipe.of(fixed.context()) is None  # a fixed clock: run in place
    finally:
        fixed.close()
