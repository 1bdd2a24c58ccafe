"""Run the self-test's steps in order, one line each; the first failure stops the run.

`BLUES_SELF_TEST_FAIL=<step name>` makes that step fail on purpose before it starts:
how the tests, and anyone who doubts the self-test, check that a failing step is
reported in words and makes the program exit non-zero."""

from __future__ import annotations

import os
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TextIO, TypeVar

from blues_desktop.domain.errors import BluesError

ENV_FAIL = "BLUES_SELF_TEST_FAIL"
W = TypeVar("W")


class SelfTestFailure(Exception):
    """A step found something wrong; the message says what, in words."""


@dataclass(frozen=True, slots=True)
class Step(Generic[W]):
    name: str
    run: Callable[[W], str | None]  # what it checked, in a few words (or nothing)


def _words(exc: BaseException) -> str:
    if isinstance(exc, BluesError | SelfTestFailure | OSError):
        return str(exc)
    # Not expected from the app's own code: the kind of error and where it stopped.
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    place = f" (in {os.path.basename(where.filename)}, line {where.lineno})" if where else ""
    return f"{type(exc).__name__}: {exc}{place}"


def run_steps(steps: Sequence[Step[W]], workspace: W, out: TextIO) -> int:
    """0 when every step passed; 1 after the first that failed (the rest are not run)."""
    fail_at = os.environ.get(ENV_FAIL, "").strip()
    names = {step.name for step in steps}
    if fail_at and fail_at not in names:
        print(f"FAILED  {ENV_FAIL}={fail_at} names no step (the steps: "
              f"{', '.join(s.name for s in steps)})", file=out, flush=True)  # fmt: skip
        return 1
    started_all = time.perf_counter()
    for index, step in enumerate(steps):
        started = time.perf_counter()
        try:
            if step.name == fail_at:
                raise SelfTestFailure(f"failed on purpose ({ENV_FAIL}={fail_at})")
            detail = step.run(workspace)
        except Exception as exc:  # every failure is reported, then the run stops
            took = time.perf_counter() - started
            print(f"FAILED  {step.name} ({took:.1f} s): {_words(exc)}", file=out, flush=True)
            left = [s.name for s in steps[index + 1 :]]
            if left:
                print(f"        not run: {', '.join(left)}", file=out, flush=True)
            return 1
        took = time.perf_counter() - started
        extra = f": {detail}" if detail else ""
        print(f"ok      {step.name} ({took:.1f} s){extra}", file=out, flush=True)
    total = time.perf_counter() - started_all
    print(f"All {len(steps)} steps passed in {total:.1f} s.", file=out, flush=True)
    return 0
