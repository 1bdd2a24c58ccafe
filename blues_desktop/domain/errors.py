"""The error types that services, bundles and documents raise on purpose.

Anything a person or a file gives that is wrong ends in one of these, with a
message a user can act on. The CLI prints `str(error)` on one line; the UI shows
it in a dialog or next to a field.
"""

from __future__ import annotations


class BluesError(Exception):
    """Base of every expected, user-facing failure."""


class ConfigurationError(BluesError):
    """The installation is not usable as configured (data dir, database URL, keys)."""


class NotInitialisedError(ConfigurationError):
    """No office is set up in this data directory yet."""


class ValidationError(BluesError):
    """Input broke one or more rules; `report` lists them per field."""

    def __init__(self, report: object, message: str | None = None) -> None:
        self.report = report
        super().__init__(message or str(report))


class NotFoundError(BluesError):
    """A record asked for by id or reference does not exist (or is deleted)."""


class PermissionDeniedError(BluesError):
    """The record belongs to another office, or the action needs another role."""


class StorageError(BluesError):
    """The disk refused a write (full, read-only, missing) or the database is damaged."""


class CancelledError(BluesError):
    """The user cancelled a long operation; nothing was changed."""
