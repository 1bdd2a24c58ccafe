"""What every benchmark module shares: a figure, a table printer, timing and memory helpers.

A benchmark module in this folder is named `bench_<topic>.py` and defines
`collect(quick: bool) -> list[Figure]`; run on its own it prints its table.
Benchmarks print figures; they are never timed tests.
"""

from __future__ import annotations

import os
import platform
import resource
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass
class Figure:
    what: str
    value: float
    unit: str  # "s", "ms", "MB", "rows/s", "pages/s"
    baseline: float | None = None  # the same work done the bare way, in the same run
    target: str = ""  # e.g. "≤ 3x baseline", "< 30 s"
    ok: bool | None = None  # None: no target
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline  # type: ignore[operator]

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = self.ratio
        return data


def ratio_target(figure_value: float, baseline: float, limit: float) -> bool:
    return baseline > 0 and figure_value / baseline <= limit


@contextmanager
def stopwatch() -> Iterator[Callable[[], float]]:
    start = time.perf_counter()
    end: list[float] = []
    yield lambda: (end[0] if end else time.perf_counter()) - start
    end.append(time.perf_counter())


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The fastest of `runs` timings of `work()`, in seconds."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def start_env() -> dict[str, str]:
    """The environment of a measured start: offscreen, and with Python's bytecode cache on.
    A user's start reads compiled bytecode (pip compiles at install, a source checkout
    writes its cache on the first start, the frozen app ships it); a shell that sets
    PYTHONDONTWRITEBYTECODE would make every measured start compile the app and its
    libraries from source again (about 0.6 s here), which no user pays."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def seconds_until_shown(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting `command` (a fresh process) to its printing "shown"."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "shown":
            elapsed = time.perf_counter() - started
            break
    else:
        _out, err = process.communicate()
        raise RuntimeError(f"the window did not show: {err.strip()[-400:]}")
    process.communicate(timeout=60)
    return elapsed


def peak_rss_mb_of_children() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def scratch_dir(prefix: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=f"blues-bench-{prefix}-"))


def machine() -> str:
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def format_table(figures: list[Figure]) -> str:
    header = f"{'what':<58} {'figure':>12} {'baseline':>12} {'ratio':>7}  {'target':<18} result"
    lines = [header, "-" * len(header)]
    for f in figures:
        base = f"{f.baseline:.3f} {f.unit}" if f.baseline is not None else "—"
        ratio = f"{f.ratio:.2f}x" if f.ratio is not None else "—"
        result = {True: "pass", False: "FAIL", None: ""}[f.ok]
        lines.append(
            f"{f.what:<58} {f.value:>9.3f} {f.unit:<3}{base:>12} {ratio:>7}  {f.target:<18} {result}"
        )
        if f.note:
            lines.append(f"    {f.note}")
    return "\n".join(lines)


def print_table(figures: list[Figure]) -> None:
    print(f"Machine: {machine()}")
    print(format_table(figures))
