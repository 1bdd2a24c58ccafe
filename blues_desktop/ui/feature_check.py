"""A cheaper form of a check PySide6 makes on every import.

Once PySide6.QtCore is imported it replaces Python's `__import__`, and after each new
module it asks whether that module uses PySide (for its optional `__feature__`
switches) by reading the module's whole source through `inspect.getsource` and
Python's line cache. For the few hundred modules the data layer imports at start-up
(SQLAlchemy's large files above all) that costs more time than importing them.
`uses_pyside` answers the same question (is the text "PySide6" in the module's source
file?) by reading the file's bytes once, without the line cache; the app itself never
selects a feature.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

FEATURE_MODULE = "PySide6.support.feature"


def uses_pyside(module: ModuleType) -> bool:
    """PySide6's own answer: a module without a source file (built in, compiled,
    frozen) does not use it; one whose source names PySide6 does."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None) or getattr(module, "__file__", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False
    try:
        return b"PySide6" in Path(origin).read_bytes()
    except OSError:
        return False


def install() -> bool:
    """Use `uses_pyside` for PySide6's check from now on; False if this PySide6 has no
    such check (another version): then nothing is changed."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
