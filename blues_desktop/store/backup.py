"""Consistent SQLite backups with the backup API, written to a temporary name and renamed.

Taken before every migration and import (and on request); the newest `keep` per
data directory are kept.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from blues_desktop.domain.errors import StorageError
from blues_desktop.store.atomic import describe_os_error

DEFAULT_KEEP = 10
_NAME = re.compile(r"^blues-(\d{8}T\d{6}\d{6}Z)-([a-z0-9-]+)\.sqlite$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def create_backup(
    database: Path, backups_dir: Path, reason: str, *, keep: int = DEFAULT_KEEP
) -> BackupInfo:
    """Copy `database` into `backups_dir` as one consistent snapshot; prune old ones."""
    if not database.exists():
        raise StorageError(f"there is no database at {database} to back up")
    backups_dir.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    slug = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    final = backups_dir / f"blues-{now:%Y%m%dT%H%M%S%f}Z-{slug}.sqlite"
    temp = final.with_name(final.name + ".tmp")
    try:
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(temp)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, final)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise StorageError(describe_os_error(exc, temp)) from exc
        raise StorageError(f"could not back up {database}: {exc}") from exc
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
