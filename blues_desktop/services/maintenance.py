"""Keeping the data folder healthy: backups on request, restore, and the doctor's checks.

These work on the data folder's files, not through an open installation: a damaged
database cannot be opened, and a restore must replace the file while nothing has it
open. The app and `blues backup|doctor` both call them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from blues_desktop.domain.errors import ConfigurationError, StorageError
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.services.keys import AGE_IDENTITY_FILE, PUBLIC_KEY_FILE, SIGNING_KEY_FILE
from blues_desktop.store.atomic import WriteFailedError, describe_os_error, stale_temp_files
from blues_desktop.store.backup import (
    BackupInfo,
    backup_error,
    copy_database,
    create_backup,
    list_backups,
    remove_sqlite_file,
)
from blues_desktop.store.integrity import CheckResult, full_check, quick_check
from blues_desktop.store.migrate import head_revision
from blues_desktop.store.paths import DataPaths

# The instance lock the window holds (ui/startup.py); a restore waits until it is gone.
LOCK_FILE_NAME = "blues-desktop.lock"
DAMAGED_SUFFIX = ".damaged-"
# A WAL this large means checkpoints are not happening (a reader left open for days).
WAL_WARN_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class CheckedBackup:
    """A backup and what SQLite's integrity check said of it."""

    info: BackupInfo
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_backup(path: Path) -> CheckResult:
    """integrity_check and foreign_key_check of a backup, read-only (nothing written beside it)."""
    try:
        return full_check(path, immutable=True)
    except StorageError as exc:
        return CheckResult(path, (str(exc),))


def backups_checked(
    paths: DataPaths, progress: Callable[[int, int, str], None] | None = None
) -> list[CheckedBackup]:
    """Every backup, newest first, each verified with SQLite's integrity check."""
    found = list_backups(paths.backups)
    checked: list[CheckedBackup] = []
    for index, info in enumerate(found):
        if progress is not None:
            progress(index, len(found), info.path.name)
        result = verify_backup(info.path)
        problems = result.problems + tuple(
            f"{count} broken reference(s) in {table}"
            for table, count in result.foreign_key_problems.items()
        )
        checked.append(CheckedBackup(info, problems))
    return checked


def newest_good_backup(paths: DataPaths) -> CheckedBackup | None:
    """The newest backup that passes the checks (older ones are checked only if needed)."""
    for info in list_backups(paths.backups):
        result = verify_backup(info.path)
        if result.ok:
            return CheckedBackup(info, ())
    return None


def create_manual_backup(paths: DataPaths, database: Path | None = None) -> BackupInfo:
    """A backup on request; a damaged database is refused (its copy would be damaged too)."""
    database = database or paths.database
    if database.exists():
        result = quick_check(database)
        if not result.ok:
            raise StorageError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "the database {path} is damaged ({problem}); a backup of it would be "
                        "damaged too; restore one with `blues backup restore`",
                    ),
                    path=str(database),
                    problem=result.problems[0],
                )
            )
    return create_backup(database, paths.backups, "manual")


def find_backup(paths: DataPaths, name: str) -> BackupInfo:
    """A backup by file name (as `blues backup list` prints it) or by path."""
    for info in list_backups(paths.backups):
        if name in (info.path.name, str(info.path)):
            return info
    candidate = Path(name)
    if candidate.is_file():
        stat = candidate.stat()
        return BackupInfo(
            candidate, datetime.fromtimestamp(stat.st_mtime, UTC), "file", stat.st_size
        )
    raise StorageError(
        Message(
            QT_TRANSLATE_NOOP(
                "messages", "there is no backup {name} in {folder}; `blues backup list` shows them"
            ),
            name=repr(name),
            folder=str(paths.backups),
        )
    )


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    database: Path
    safety_backup: Path | None  # a backup of the sound file that was replaced
    damaged_copy: Path | None  # the damaged file, kept aside


def app_is_running(paths: DataPaths) -> bool:
    """True while a BLUES Desktop window holds this data folder's lock (same computer)."""
    lock = paths.root / LOCK_FILE_NAME
    if os.name != "posix":
        # os.kill(pid, 0) would end the process on Windows; there the window keeps its
        # lock file open without sharing, so failing to open it means it is running.
        if not lock.exists():
            return False
        try:
            with open(lock, "r+b"):
                return False
        except OSError:
            return True
    try:
        first_line = lock.read_text(encoding="utf-8", errors="replace").splitlines()[0]
        pid = int(first_line.strip())
    except (OSError, IndexError, ValueError):
        return False
    if pid == os.getpid():
        return False  # the window itself asks (recovery dialog at start)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def restore_backup(
    paths: DataPaths, backup: BackupInfo, database: Path | None = None
) -> RestoreResult:
    """Put `backup` in place of the database, atomically; nothing is ever deleted.

    A sound current file is backed up first; a damaged one is copied aside as
    `blues.sqlite.damaged-<time>`. The backup is copied to a temporary name,
    checked, and renamed over the database, so a crash leaves either the old file
    or the restored one. Nothing may have the database open (the caller closes it).
    """
    database = database or paths.database
    if app_is_running(paths):
        raise ConfigurationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "BLUES Desktop is open on {folder}; close it before restoring a backup",
                ),
                folder=str(paths.root),
            )
        )
    verdict = verify_backup(backup.path)
    if not verdict.ok:
        problem = (verdict.problems or tuple(verdict.foreign_key_problems))[0]
        raise StorageError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "the backup {file} is damaged too ({problem}); pick another"
                ),
                file=backup.path.name,
                problem=problem,
            )
        )
    safety, damaged_copy = _secure_current(paths, database)
    temp = database.with_name(database.name + ".restore.sqlite.tmp")
    try:
        copy_database(backup.path, temp)
        if not quick_check(temp).ok:
            raise StorageError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "the copy of {file} did not pass the check; try again"
                    ),
                    file=backup.path.name,
                )
            )
        # The old file's WAL must not be applied to the restored file.
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                database.with_name(database.name + suffix).unlink()
        os.replace(temp, database)
    except (OSError, sqlite3.Error) as exc:
        remove_sqlite_file(temp)
        raise backup_error(exc, backup.path, database) from exc
    except StorageError:
        remove_sqlite_file(temp)
        raise
    return RestoreResult(backup.path, database, safety, damaged_copy)


def _secure_current(paths: DataPaths, database: Path) -> tuple[Path | None, Path | None]:
    """Back up a sound database (emptying its WAL), or copy a damaged one aside."""
    if not database.exists() or database.stat().st_size == 0:
        return None, None
    try:
        sound = quick_check(database).ok
    except StorageError:
        sound = False
    if sound:
        safety = create_backup(database, paths.backups, "before-restore", keep=10_000)
        _checkpoint(database)
        return safety.path, None
    return None, keep_damaged_aside(database)


def _checkpoint(database: Path) -> None:
    """Fold the WAL into the file, so removing the WAL afterwards loses nothing."""
    with contextlib.closing(sqlite3.connect(database, timeout=10)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def keep_damaged_aside(database: Path) -> Path:
    """Copy a damaged file (and its WAL) to `<name>.damaged-<time>`; never deletes it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = database.with_name(f"{database.name}{DAMAGED_SUFFIX}{stamp}")
    try:
        shutil.copy2(database, target)
        wal = database.with_name(database.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:  # committed rows not yet in the file
            shutil.copy2(wal, target.with_name(target.name + "-wal"))
    except OSError as exc:
        raise WriteFailedError(describe_os_error(exc, target), exc.errno, target) from exc
    return target


class Status(StrEnum):
    OK = "ok"
    WARNING = "warning"
    PROBLEM = "PROBLEM"


@dataclass(frozen=True, slots=True)
class DoctorItem:
    check: str
    status: Status
    detail: str


@dataclass(frozen=True, slots=True)
class DoctorReport:
    items: tuple[DoctorItem, ...]

    @property
    def problems(self) -> list[DoctorItem]:
        return [i for i in self.items if i.status is Status.PROBLEM]

    @property
    def warnings(self) -> list[DoctorItem]:
        return [i for i in self.items if i.status is Status.WARNING]


def run_doctor(paths: DataPaths, database: Path | None = None) -> DoctorReport:
    """Every check, without changing anything: database, schema, WAL, backups, keys, temp files."""
    database = database or paths.database
    items: list[DoctorItem] = []
    items.extend(_database_items(database))
    items.append(_backups_item(paths))
    items.extend(_key_items(paths))
    items.append(_temp_item(paths))
    return DoctorReport(tuple(items))


def _database_items(database: Path) -> list[DoctorItem]:
    if not database.exists():
        return [DoctorItem("database", Status.WARNING, f"{database} does not exist yet")]
    items = [
        DoctorItem("database", Status.OK, f"{database} ({human_size(database.stat().st_size)})")
    ]
    try:
        result = full_check(database)
    except StorageError as exc:
        return [*items, DoctorItem("integrity", Status.PROBLEM, str(exc))]
    if result.problems:
        shown = "; ".join(result.problems[:3])
        items.append(DoctorItem("integrity", Status.PROBLEM, f"integrity_check: {shown}"))
        return items
    items.append(DoctorItem("integrity", Status.OK, "integrity_check: ok"))
    if result.foreign_key_problems:
        shown = ", ".join(f"{t}: {n}" for t, n in sorted(result.foreign_key_problems.items()))
        items.append(DoctorItem("foreign keys", Status.PROBLEM, f"broken references in {shown}"))
    else:
        items.append(DoctorItem("foreign keys", Status.OK, "foreign_key_check: ok"))
    items.append(_schema_item(database))
    wal = database.with_name(database.name + "-wal")
    wal_size = wal.stat().st_size if wal.exists() else 0
    status = Status.WARNING if wal_size > WAL_WARN_BYTES else Status.OK
    items.append(DoctorItem("write-ahead log", status, f"{human_size(wal_size)}"))
    return items


def _schema_item(database: Path) -> DoctorItem:
    head = head_revision()
    try:
        with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        row = None
    current = row[0] if row else None
    if current == head:
        return DoctorItem("schema", Status.OK, f"revision {current} (the newest)")
    if current is None:
        return DoctorItem("schema", Status.WARNING, f"no schema revision yet (newest is {head})")
    return DoctorItem(
        "schema", Status.WARNING, f"revision {current}; the next start upgrades it to {head}"
    )


def _backups_item(paths: DataPaths) -> DoctorItem:
    found = list_backups(paths.backups)
    if not found:
        return DoctorItem("backups", Status.WARNING, f"none in {paths.backups}")
    newest = found[0]
    verdict = verify_backup(newest.path)
    status = Status.OK if verdict.ok else Status.PROBLEM
    state = "passes the check" if verdict.ok else f"is damaged ({(verdict.problems or ('?',))[0]})"
    return DoctorItem(
        "backups",
        status,
        f"{len(found)} in {paths.backups}; newest {newest.taken_at:%Y-%m-%d %H:%M} UTC "
        f"({human_size(newest.size)}) {state}",
    )


def _key_items(paths: DataPaths) -> list[DoctorItem]:
    items: list[DoctorItem] = []
    private = {SIGNING_KEY_FILE, AGE_IDENTITY_FILE}
    for name in (SIGNING_KEY_FILE, AGE_IDENTITY_FILE, PUBLIC_KEY_FILE):
        path = paths.keys / name
        if not path.exists():
            items.append(DoctorItem(f"key {name}", Status.WARNING, "missing (not set up yet?)"))
            continue
        mode = path.stat().st_mode & 0o777
        if os.name == "posix" and name in private and mode & 0o077:
            items.append(
                DoctorItem(
                    f"key {name}",
                    Status.PROBLEM,
                    f"readable by others (mode {mode:o}); run: chmod 600 {path}",
                )
            )
        else:
            items.append(DoctorItem(f"key {name}", Status.OK, f"present (mode {mode:o})"))
    if os.name == "posix" and paths.keys.is_dir():
        mode = paths.keys.stat().st_mode & 0o777
        if mode & 0o077:
            items.append(
                DoctorItem(
                    "keys folder",
                    Status.PROBLEM,
                    f"open to others (mode {mode:o}); run: chmod 700 {paths.keys}",
                )
            )
    return items


def _temp_item(paths: DataPaths) -> DoctorItem:
    stray = stale_temp_files(paths.root)
    if not stray:
        return DoctorItem("temporary files", Status.OK, "none left behind")
    names = ", ".join(str(p.relative_to(paths.root)) for p in stray[:5])
    return DoctorItem(
        "temporary files",
        Status.WARNING,
        f"{len(stray)} left by an interrupted write ({names}); the next start removes them",
    )


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1_048_576:.1f} MB"
