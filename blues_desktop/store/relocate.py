"""Moving the data folder to another place (Settings ▸ Data folder).

The caller closes the database first (no connection may write while the copy is
taken). The folder is copied under a temporary name beside the target, the copied
database gets SQLite's full integrity check and every other file is compared by size;
only then is the copy renamed to the target and the new place remembered for the next
start. Anything that goes wrong removes the copy and leaves everything as it was.

The old folder is kept, with a note saying where the data went: a new place on a USB
stick or a network drive can disappear, and the user removes the old folder once they
have worked in the new one (docs/settings.md).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from blues_desktop.domain.errors import StorageError
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.store.atomic import describe_os_error, write_bytes_atomic
from blues_desktop.store.backup import copy_database, remove_sqlite_file
from blues_desktop.store.integrity import full_check
from blues_desktop.store.paths import (
    DB_FILE_NAME,
    default_data_dir,
    moved_location_file,
)

MOVED_NOTE = "MOVED.txt"
# Files of the open session that are not copied: the write-ahead log is folded into the
# copied database; the lock belongs to the window that is open on the old place.
NOT_COPIED = {DB_FILE_NAME, f"{DB_FILE_NAME}-wal", f"{DB_FILE_NAME}-shm", "blues-desktop.lock"}


@dataclass(frozen=True, slots=True)
class MovedFolder:
    old: Path
    new: Path
    files: int  # besides the database


def check_target(source: Path, target: Path) -> str | None:
    """Why `target` cannot receive the data folder, in words; None when it can."""
    source, target = source.resolve(), target.expanduser().resolve()
    if target == source:
        return Message(QT_TRANSLATE_NOOP("messages", "that is where the data folder is already"))
    if source in target.parents:
        return Message(
            QT_TRANSLATE_NOOP("messages", "the new place cannot be inside the current data folder")
        )
    if target in source.parents:
        return Message(
            QT_TRANSLATE_NOOP("messages", "the new place cannot hold the current data folder")
        )
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        return Message(
            QT_TRANSLATE_NOOP(
                "messages", "{folder} is not an empty folder; choose a new or an empty folder"
            ),
            folder=str(target),
        )
    if not target.parent.is_dir():
        return Message(
            QT_TRANSLATE_NOOP("messages", "the folder {folder} does not exist"),
            folder=str(target.parent),
        )
    return None


def move_data_folder(source: Path, target: Path) -> MovedFolder:
    problem = check_target(source, target)
    if problem is not None:
        raise StorageError(problem)
    source, target = source.resolve(), target.expanduser().resolve()
    temp = target.parent / f".{target.name}.moving-{secrets.token_hex(4)}"
    try:
        files = _copy(source, temp)
        _check_copy(source, temp)
        if target.exists():
            target.rmdir()  # empty, checked above
        os.replace(temp, target)
    except (OSError, shutil.Error) as exc:
        shutil.rmtree(temp, ignore_errors=True)
        where = exc.filename if isinstance(exc, OSError) and exc.filename else target
        raise StorageError(
            Message(
                QT_TRANSLATE_NOOP("messages", "the data folder was not moved: {problem}"),
                problem=_words(exc, where),
            )
        ) from exc
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    remember_location(target)
    note = (
        f"The BLUES Desktop data in this folder was moved to\n{target}\n"
        "and is used from there. Delete this folder once you have checked the new place.\n"
    )
    with contextlib.suppress(OSError):  # the note is a courtesy; the move itself is done
        write_bytes_atomic(source / MOVED_NOTE, note.encode("utf-8"))
    return MovedFolder(source, target, files)


def remember_location(target: Path) -> None:
    """The next start (window or `blues`) opens `target`; the default place needs no note."""
    pointer = moved_location_file()
    if target == default_data_dir().resolve():
        pointer.unlink(missing_ok=True)
        return
    pointer.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(pointer, f"{target}\n".encode())


def _words(exc: BaseException, where: Path | str) -> str:
    if isinstance(exc, OSError):
        return describe_os_error(exc, where)
    return str(exc)


def _copy(source: Path, temp: Path) -> int:
    temp.mkdir()
    copied = 0
    for entry in source.iterdir():
        if entry.name in NOT_COPIED or entry.name == MOVED_NOTE:
            continue
        if entry.is_dir():
            shutil.copytree(entry, temp / entry.name, symlinks=True)
            copied += sum(1 for p in (temp / entry.name).rglob("*") if p.is_file())
        else:
            shutil.copy2(entry, temp / entry.name)
            copied += 1
    database = source / DB_FILE_NAME
    if database.exists():
        try:
            copy_database(database, temp / DB_FILE_NAME)
        except Exception:
            remove_sqlite_file(temp / DB_FILE_NAME)
            raise
    return copied


def _check_copy(source: Path, temp: Path) -> None:
    if (source / DB_FILE_NAME).exists():
        result = full_check(temp / DB_FILE_NAME)
        if not result.ok:
            raise StorageError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "the data folder was not moved: the copied database failed its check "
                        "({problems})",
                    ),
                    problems="; ".join(result.problems) or "broken references",
                )
            )
    for original in source.rglob("*"):
        relative = original.relative_to(source)
        if not original.is_file() or relative.parts[0] in NOT_COPIED or relative.name == MOVED_NOTE:
            continue
        if relative.parts[0] == "logs":
            continue  # the open window may still be writing its log
        copy = temp / relative
        if not copy.is_file() or copy.stat().st_size != original.stat().st_size:
            raise StorageError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "the data folder was not moved: {file} did not copy whole"
                    ),
                    file=str(relative),
                )
            )
