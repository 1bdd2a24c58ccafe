"""A cheaper form of a check PySide6 makes on every import.

Once PySide6.QtCore is imported it replaces Python's `__import__`, and after each new
module it asks whether that module uses PySide (for its optional `__feature__`
switches) by reading the module's whole source through `inspect.getsource` and
Python's line cache. For the few hundred modules the data layer imports at start-up
(SQLAlchemy's large files above all) that costs more time than importing them.
`uses_pyside` answers the same question (is the text "PySide6" in the module's source
file?) by reading the file's bytes once, without the line cache; the app itself never
selects a feature.

`layers_below_the_window` goes one step further for imports that cannot name PySide6:
the modules below ui/ (services, store, domain, SQLAlchemy) never import Qt, which the
layers contract holds, so while the start loads them PySide6's hook is set aside and
Python imports them directly (about 25 ms of CPU for the data layer's ~300 modules).
"""

from __future__ import annotations

import builtins
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

FEATURE_MODULE = "PySide6.support.feature"
# PySide6 puts its own `__import__` in builtins and keeps the one it wraps beside it.
HOOK_NAME = "__feature_import__"
WRAPPED_NAME = "__orig_import__"


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


@contextmanager
def layers_below_the_window() -> Iterator[None]:
    """Imports inside this block go straight to the import PySide6's hook wraps.

    Only for modules that never import PySide6 (services, store, domain and their
    libraries): for them the hook's work (a `__feature__` switch, a look at whether the
    module uses PySide) has nothing to find. PySide6 still looks at such a module when a
    later hooked import names it. With another PySide6, whose hook is not there, nothing
    is changed."""
    hooked = builtins.__import__
    wrapped = getattr(builtins, WRAPPED_NAME, None)
    if getattr(hooked, "__name__", None) != HOOK_NAME or not callable(wrapped):
        yield
        return
    builtins.__import__ = wrapped
    try:
        yield
    finally:
        builtins.__import__ = hooked
