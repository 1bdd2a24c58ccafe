"""Writing files so that a crash never leaves half a file under its final name."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from blues_desktop.domain.errors import StorageError
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message

TEMP_SUFFIX = ".part"
# Every temporary name the app writes, so a start after a crash can clean them all:
# atomic_write's `.<name>.<random>.part`; SQLite backups and restores written under
# `<name>.sqlite.tmp` (with the journal SQLite keeps beside them); the folder probe.
STALE_PATTERNS = (
    f"*{TEMP_SUFFIX}",
    "*.sqlite.tmp",
    "*.sqlite.tmp-journal",
    "*.sqlite.tmp-wal",
    "*.sqlite.tmp-shm",
    ".write-test",
)
# The errors that mean "this place cannot take the write", as opposed to a bug.
WRITE_ERRNOS = frozenset(
    code
    for code in (
        errno.ENOSPC,
        getattr(errno, "EDQUOT", None),
        errno.EROFS,
        errno.EACCES,
        errno.EPERM,
        errno.EFBIG,
        errno.EIO,
    )
    if code is not None
)


class WriteFailedError(StorageError, OSError):
    """A file could not be written (disk full, read-only medium, no permission).

    It is both a StorageError (the CLI and the UI show its message) and an OSError
    (code that catches OSError around a write keeps working); `errno` is kept.
    """

    def __init__(self, message: str, code: int | None, path: Path | str) -> None:
        StorageError.__init__(self, message)
        self.errno = code
        self.path = Path(path)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[object, ...]:
        # Back from a child process (services/processes.py) with its Message whole.
        return (type(self), (self.message, self.errno, self.path))


def describe_os_error(exc: OSError, path: Path | str) -> str:
    """A sentence a user understands for the usual write failures."""
    if isinstance(exc, WriteFailedError):
        return exc.message
    if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", -1):
        return Message(
            QT_TRANSLATE_NOOP("messages", "the disk is full; could not write {path}"),
            path=str(path),
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return Message(
            QT_TRANSLATE_NOOP(
                "messages", "cannot write to {path}: the location is read-only or not permitted"
            ),
            path=str(path),
        )
    if exc.errno == errno.ENOENT:
        return Message(
            QT_TRANSLATE_NOOP("messages", "cannot write to {path}: the folder does not exist"),
            path=str(path),
        )
    return Message(
        QT_TRANSLATE_NOOP("messages", "cannot write to {path}: {error}"),
        path=str(path),
        error=str(exc.strerror or exc),
    )


def write_error(exc: OSError, path: Path | str) -> OSError:
    """`exc` as a WriteFailedError naming `path` when it is a write failure; else `exc`."""
    if isinstance(exc, WriteFailedError) or exc.errno not in WRITE_ERRNOS:
        return exc
    return WriteFailedError(describe_os_error(exc, path), exc.errno, path)


@contextlib.contextmanager
def atomic_write(path: Path, mode: str = "wb", *, folder_sync: bool = True) -> Iterator[IO]:  # type: ignore[type-arg]
    """Yield a file in the target's folder; on success fsync and rename it into place.

    On any failure the temporary file is removed and the target is untouched; a
    full disk or a read-only folder is raised as WriteFailedError naming `path`.
    `folder_sync=False` leaves making the rename durable to the caller: a batch writing
    many files into one folder calls `sync_folder` once at its end.
    """
    path = Path(path)
    try:
        fd, temp_name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent
        )
    except OSError as exc:  # the folder itself: missing, read-only or full
        raise WriteFailedError(describe_os_error(exc, path), exc.errno, path) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, mode) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
        if folder_sync:
            sync_folder(path.parent)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise write_error(exc, path) from exc
        raise


def sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the rename has happened
    finally:
        os.close(fd)


def write_bytes_atomic(path: Path, data: bytes, *, folder_sync: bool = True) -> None:
    with atomic_write(path, "wb", folder_sync=folder_sync) as handle:
        handle.write(data)


def stale_temp_files(folder: Path) -> list[Path]:
    """Temporary files a killed process left behind, anywhere under `folder`."""
    found: set[Path] = set()
    if not folder.is_dir():
        return []
    for pattern in STALE_PATTERNS:
        found.update(p for p in folder.rglob(pattern) if p.is_file())
    return sorted(found)


def remove_stale_temp_files(folder: Path) -> list[Path]:
    """Remove temporary files a killed process left behind (at start-up)."""
    removed: list[Path] = []
    for candidate in stale_temp_files(folder):
        with contextlib.suppress(OSError):
            candidate.unlink()
            removed.append(candidate)
    return removed
