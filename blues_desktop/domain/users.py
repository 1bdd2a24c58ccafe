"""The people who use one installation: a name each, chosen at start.

The rules are pure so that the start-up chooser (before the data layer is loaded)
and the services say the same thing about a name.
"""

from __future__ import annotations

from collections.abc import Iterable

from blues_desktop.domain.translatable import PLURAL, QT_TRANSLATE_NOOP, Message

MAX_NAME_LENGTH = 200


def clean_user_name(name: str) -> str:
    """The name as it is recorded: inner runs of spaces made one, ends trimmed."""
    return " ".join(name.split())


def user_name_problem(name: str, existing: Iterable[str]) -> str | None:
    """Why `name` cannot be added as a new user, in words; None when it can."""
    cleaned = clean_user_name(name)
    if not cleaned:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages", "give the user's name: it is recorded with every change they make"
            )
        )
    if len(cleaned) > MAX_NAME_LENGTH:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages", "a user's name has at most %n character(s)", None, PLURAL
            ),
            n=MAX_NAME_LENGTH,
        )
    if any(ch in cleaned for ch in "\r\n\t") or not cleaned.isprintable():
        return Message(
            QT_TRANSLATE_NOOP("messages", "a user's name cannot hold control characters")
        )
    found = find_user(cleaned, existing)
    if found is not None:
        return Message(
            QT_TRANSLATE_NOOP("messages", "{name} is already a user on this computer"), name=found
        )
    return None


def find_user(name: str, existing: Iterable[str]) -> str | None:
    """The existing user `name` means (letter case and extra spaces ignored)."""
    wanted = clean_user_name(name).casefold()
    for user in existing:
        if user.casefold() == wanted:
            return user
    return None
