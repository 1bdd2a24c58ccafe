"""Consistent SQLite backups with the backup API, written to a temporary name and renamed.

Taken before every migration and import (and on request); the newest `keep` per
data directory are kept.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from blues_desktop.domain.errors import StorageError
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.store.atomic import WriteFailedError, describe_os_error, write_error

# SQLite's primary result codes for a write the medium refused.
SQLITE_FULL = 13
SQLITE_WRITE_REFUSED = {
    8: errno.EROFS,
    10: errno.EIO,
    14: errno.EACCES,
}  # READONLY, IOERR, CANTOPEN

_NAME = re.compile(r"^blues-(\d{8}T\d{6}\d{6}Z)-([a-z0-9-]+)\.sqlite$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def create_backup(
    database: Path, backups_dir: Path, reason: str, *, keep: int | None = None
) -> BackupInfo:
    """Copy `database` into `backups_dir` as one consistent snapshot; prune old ones
    (beyond `keep`, by default the number set for the database's data folder)."""
    if keep is None:
        from blues_desktop.store.folder_settings import read_folder_settings

        keep = read_folder_settings(database.parent).backups_kept
    if not database.exists():
        raise StorageError(
            Message(
                QT_TRANSLATE_NOOP("messages", "there is no database at {path} to back up"),
                path=str(database),
            )
        )
    now = datetime.now(UTC)
    slug = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    final = backups_dir / f"blues-{now:%Y%m%dT%H%M%S%f}Z-{slug}.sqlite"
    temp = final.with_name(final.name + ".tmp")
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
        copy_database(database, temp)
        os.replace(temp, final)
    except (OSError, sqlite3.Error) as exc:
        remove_sqlite_file(temp)
        raise backup_error(exc, database, final) from exc
    prune_backups(backups_dir, keep)
    return BackupInfo(final, now, slug, final.stat().st_size)


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """Backups, newest first."""
    found: list[BackupInfo] = []
    if not backups_dir.is_dir():
        return found
    for path in backups_dir.iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        taken = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
        found.append(BackupInfo(path, taken, match.group(2), path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def prune_backups(backups_dir: Path, keep: int) -> None:
    for old in list_backups(backups_dir)[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()


def copy_database(source_path: Path, target: Path) -> None:
    """A consistent copy of `source_path` (WAL included) as one self-contained file, synced.

    The copy uses the rollback journal (no -wal/-shm beside it), so it can be moved,
    verified read-only and restored as a single file.
    """
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
    finally:
        source.close()
    try:
        with open(target, "rb+") as handle:
            os.fsync(handle.fileno())
    except OSError as exc:
        raise write_error(exc, target) from exc


def remove_sqlite_file(path: Path) -> None:
    """Remove an SQLite file and the journal files SQLite may have left beside it."""
    for candidate in (path, *(path.with_name(path.name + s) for s in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            candidate.unlink()


def backup_error(exc: OSError | sqlite3.Error, source: Path, target: Path) -> StorageError:
    """The user's sentence for a failed copy: disk full, read-only, or what SQLite said."""
    if isinstance(exc, OSError):
        return WriteFailedError(describe_os_error(exc, target), exc.errno, target)
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    if code == SQLITE_FULL:
        return WriteFailedError(
            describe_os_error(OSError(errno.ENOSPC, "full"), target), errno.ENOSPC, target
        )
    if code in SQLITE_WRITE_REFUSED:
        as_os = OSError(SQLITE_WRITE_REFUSED[code], str(exc))
        return WriteFailedError(describe_os_error(as_os, target), as_os.errno, target)
    return StorageError(
        Message(
            QT_TRANSLATE_NOOP("messages", "could not copy the database {path}: {error}"),
            path=str(source),
            error=str(exc),
        )
    )
