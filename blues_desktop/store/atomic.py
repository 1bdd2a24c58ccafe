"""Writing files so that a crash never leaves half a file under its final name."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

TEMP_SUFFIX = ".part"


def describe_os_error(exc: OSError, path: Path | str) -> str:
    """A sentence a user understands for the usual write failures."""
    if exc.errno == errno.ENOSPC:
        return f"the disk is full; could not write {path}"
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"cannot write to {path}: the location is read-only or not permitted"
    if exc.errno == errno.ENOENT:
        return f"cannot write to {path}: the folder does not exist"
    return f"cannot write to {path}: {exc.strerror or exc}"


@contextlib.contextmanager
def atomic_write(path: Path, mode: str = "wb") -> Iterator[IO]:  # type: ignore[type-arg]
    """Yield a file in the target's folder; on success fsync and rename it into place.

    On any failure the temporary file is removed and the target is untouched.
    """
    path = Path(path)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, mode) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def write_bytes_atomic(path: Path, data: bytes) -> None:
    with atomic_write(path, "wb") as handle:
        handle.write(data)


def remove_stale_temp_files(folder: Path) -> list[Path]:
    """Remove temporary files a killed process left behind (at start-up)."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for candidate in folder.rglob(f"*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            candidate.unlink()
            removed.append(candidate)
    for candidate in folder.rglob("*.sqlite.tmp"):
        with contextlib.suppress(OSError):
            candidate.unlink()
            removed.append(candidate)
    return removed
