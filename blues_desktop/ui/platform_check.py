"""Before Qt starts: is there a display, and are Qt's system libraries installed?

Qt aborts the process (no exception) when its platform plugin cannot load, so the
app checks first and says what is missing and how to get it.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from dataclasses import dataclass

# (soname stem for ctypes.util.find_library, Debian/Ubuntu package)
LINUX_XCB_LIBRARIES = (
    ("xcb-cursor", "libxcb-cursor0"),
    ("xkbcommon-x11", "libxkbcommon-x11-0"),
    ("xcb-icccm", "libxcb-icccm4"),
    ("xcb-keysyms", "libxcb-keysyms1"),
    ("xcb-shape", "libxcb-shape0"),
    ("xcb-randr", "libxcb-randr0"),
    ("xcb-render-util", "libxcb-render-util0"),
    ("xcb-image", "libxcb-image0"),
)
LINUX_COMMON_LIBRARIES = (
    ("EGL", "libegl1"),
    ("GL", "libgl1"),
    ("xkbcommon", "libxkbcommon0"),
    ("fontconfig", "libfontconfig1"),
    ("dbus-1", "libdbus-1-3"),
)


@dataclass(frozen=True, slots=True)
class PlatformProblem:
    message: str


def check_platform(
    environ: dict[str, str] | None = None, platform: str | None = None
) -> PlatformProblem | None:
    """None when Qt should start; otherwise what is wrong, in words a user can act on."""
    env = os.environ if environ is None else environ
    system = platform or sys.platform
    if not system.startswith("linux"):
        return None
    qpa = env.get("QT_QPA_PLATFORM", "")
    if qpa.startswith(("offscreen", "minimal", "vnc")):
        return _missing(LINUX_COMMON_LIBRARIES[:1] + LINUX_COMMON_LIBRARIES[2:4])
    wayland = bool(env.get("WAYLAND_DISPLAY")) and not qpa.startswith("xcb")
    if not env.get("DISPLAY") and not wayland:
        return PlatformProblem(
            "BLUES Desktop needs a graphical display, and none was found (DISPLAY and "
            "WAYLAND_DISPLAY are unset). Start it from a desktop session, or on a server use "
            "`xvfb-run blues-desktop`. The `blues` command works without a display."
        )
    libraries = LINUX_COMMON_LIBRARIES if wayland else LINUX_COMMON_LIBRARIES + LINUX_XCB_LIBRARIES
    return _missing(libraries)


def _missing(libraries: tuple[tuple[str, str], ...]) -> PlatformProblem | None:
    missing = [
        (name, package) for name, package in libraries if ctypes.util.find_library(name) is None
    ]
    if not missing:
        return None
    names = ", ".join(f"lib{name}" for name, _ in missing)
    packages = " ".join(package for _, package in missing)
    return PlatformProblem(
        f"Qt cannot start because these system libraries are missing: {names}. "
        f"On Debian or Ubuntu install them with: sudo apt-get install {packages}"
    )
