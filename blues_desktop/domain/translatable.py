"""Marking words for translation without Qt.

`pyside6-lupdate` finds `QT_TRANSLATE_NOOP("<context>", "<text>")` by its name alone,
so this plain function marks a string in the layers that may not import Qt (the human
labels of domain/) and, typed as returning `str`, in class attributes of the window's
models. It returns the English text unchanged; the window translates it where it is
shown with `QCoreApplication.translate("<context>", text)` (docs/translations.md).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for translation in `context`; returns it as it is."""
    return text
