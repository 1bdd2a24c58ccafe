"""A list of labels or sentences inside a message, joined so that each item is still
translated where the message is shown ("a cluster, a scaling-up support organisation")."""

from __future__ import annotations

from collections.abc import Sequence

from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message


def joined(items: Sequence[str], *, both: bool = False) -> str:
    """The items one after the other: "a, b, c", or "a and b" with `both`. Each item
    stays a `Message` (or plain text) inside, so the window translates it on its own."""
    if not items:
        return ""
    rest: str = items[-1]
    for item in reversed(items[:-1]):
        if both:
            rest = Message(
                QT_TRANSLATE_NOOP("messages", "{first} and {rest}"), first=item, rest=rest
            )
        else:
            rest = Message(QT_TRANSLATE_NOOP("messages", "{first}, {rest}"), first=item, rest=rest)
    return rest


def listed(items: Sequence[str]) -> str:
    """Sentences one after the other, each separated by "; " ("not eligible: …; …")."""
    if not items:
        return ""
    rest: str = items[-1]
    for item in reversed(items[:-1]):
        rest = Message(QT_TRANSLATE_NOOP("messages", "{first}; {rest}"), first=item, rest=rest)
    return rest
