"""Finding the files BLUES Desktop ships beside its code, from a source checkout, an
editable or a wheel install and a PyInstaller build alike.

One root answers for all of them: `app_root()` is the folder that holds the
`blues_desktop` package and the top-level `resources/` folder (fonts, icons,
translations). In a PyInstaller build that folder is the one the executable unpacks
to (`sys._MEIPASS`, `_internal/` beside the executables of a one-folder build); the
spec in packaging/ puts `resources/` and the Alembic migrations there under the same
names as in the source tree.
"""

from __future__ import annotations

import sys
from pathlib import Path

ICON_NAME = "blues-desktop"


def is_frozen() -> bool:
    """True in a PyInstaller build."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def app_root() -> Path:
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled)
    return Path(__file__).resolve().parent.parent


def resources_root() -> Path:
    return app_root() / "resources"


def migrations_dir() -> Path:
    """Alembic's script folder (env.py and versions/): kept as .py files in every build,
    because Alembic loads them by path."""
    return app_root() / "blues_desktop" / "store" / "migrations"


def resource_path(*parts: str) -> Path:
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"BLUES Desktop is missing its resource file {path}")
    return path


def icon_files() -> list[Path]:
    """The application icon's drawn sizes, smallest first (for the window icon)."""
    folder = resources_root() / "icons" / "png"
    return sorted(folder.glob(f"{ICON_NAME}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
