"""The frozen app (packaging/build): its size, its start, the .deb's installed size.

- The one-folder build's size on disk (dist/blues-desktop; target under 250 MB).
- Cold start to the main window of the frozen `blues-desktop`, against the same start
  from the source tree (`python -m blues_desktop`) in the same run, both fresh processes
  on the same data folder with the five offices' demo at scale 1, after one warm-up
  start each (target: frozen at most 1.5x the source start).
- The .deb's installed size, as dpkg records it (no target: what a user's disk gives).

Without a build (run packaging/build first) each figure is a row that says so.
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Figure, print_table, scratch_dir, seconds_until_shown, start_env

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
FROZEN = DIST / "blues-desktop" / ("blues-desktop.exe" if os.name == "nt" else "blues-desktop")
RUNS = 3
SIZE_LIMIT_MB = 250.0
START_LIMIT = 1.5
NO_BUILD = "no frozen build in dist/: run packaging/build first"


def _env() -> dict[str, str]:
    return start_env()


def folder_size_mb(folder: Path) -> float:
    """Bytes of the files in `folder` (links counted once, as a link), in MB."""
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total / 1_000_000


def time_to_shown(command: list[str]) -> float:
    return seconds_until_shown(command, _env())


def _skipped(what: str, target: str) -> Figure:
    return Figure(what, math.nan, "", target=target, ok=None, note=NO_BUILD)


def size_figure() -> Figure:
    what = "frozen one-folder app, size on disk"
    target = f"< {SIZE_LIMIT_MB:g} MB"
    if not FROZEN.exists():
        return _skipped(what, target)
    size = folder_size_mb(FROZEN.parent)
    return Figure(what, size, "MB", target=target, ok=size < SIZE_LIMIT_MB,
                  note="dist/blues-desktop from packaging/build; unused Qt modules left out")  # fmt: skip


def start_figure() -> Figure:
    what = "frozen start to main window, 5-office demo at scale 1 (best of 3)"
    target = f"≤ {START_LIMIT:g}x source start"
    if not FROZEN.exists():
        return _skipped(what, target)
    scratch = scratch_dir("packaging")
    folder = scratch / "data"
    try:
        subprocess.run(
            [sys.executable, "-m", "blues_desktop.cli.main", "--data-dir", str(folder),
             "demo", "--scale", "1"],
            check=True, capture_output=True, env=_env(),
        )  # fmt: skip
        frozen = [str(FROZEN), "--data-dir", str(folder), "--quit-when-shown"]
        source = [sys.executable, "-m", "blues_desktop", "--data-dir", str(folder),
                  "--quit-when-shown"]  # fmt: skip
        time_to_shown(frozen)  # warm the file cache: both sides start warm
        time_to_shown(source)
        frozen_s = min(time_to_shown(frozen) for _ in range(RUNS))
        source_s = min(time_to_shown(source) for _ in range(RUNS))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return Figure(what, frozen_s, "s", baseline=source_s, target=target,
                  ok=frozen_s / source_s <= START_LIMIT,
                  note="baseline: the same start from the source tree (python -m blues_desktop), "
                  "same data folder, same run")  # fmt: skip


def deb_figure() -> Figure:
    what = ".deb installed size (dpkg's Installed-Size)"
    debs = sorted(DIST.glob("blues-desktop_*.deb"), key=lambda p: p.stat().st_mtime)
    if not debs or shutil.which("dpkg-deb") is None:
        return Figure(what, math.nan, "", ok=None,
                      note="no .deb in dist/: packaging/build makes one on Linux with dpkg-deb")  # fmt: skip
    field = subprocess.run(
        ["dpkg-deb", "-f", str(debs[-1]), "Installed-Size"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    download = debs[-1].stat().st_size / 1_000_000
    return Figure(what, int(field) * 1024 / 1_000_000, "MB", ok=None,  # field in KiB
                  note=f"{debs[-1].name}; the download is {download:.0f} MB; MB are 10^6 bytes, as above")  # fmt: skip


def collect(quick: bool) -> list[Figure]:
    return [size_figure(), start_figure(), deb_figure()]


if __name__ == "__main__":
    print_table(collect(quick="--quick" in sys.argv))
