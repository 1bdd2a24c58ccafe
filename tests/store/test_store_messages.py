"""The store's errors a user sees are Messages (the window says them in its language)
and come back from a child process whole (services/processes.py)."""

from __future__ import annotations

import errno
import pickle
from pathlib import Path

from blues_desktop.domain.translatable import Message
from blues_desktop.store.atomic import WriteFailedError, describe_os_error, write_error
from blues_desktop.store.integrity import DamagedDatabaseError


def test_a_failed_write_is_said_in_words_and_crosses_a_process_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    error = write_error(OSError(errno.ENOSPC, "No space left on device"), target)
    assert isinstance(error, WriteFailedError)
    assert str(error) == f"the disk is full; could not write {target}"
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is WriteFailedError
    assert (back.errno, back.path, str(back)) == (errno.ENOSPC, target, str(error))
    assert isinstance(back.args[0], Message)
    assert back.args[0].template == "the disk is full; could not write {path}"


def test_each_usual_write_failure_has_its_sentence(tmp_path: Path) -> None:
    said = {
        code: describe_os_error(OSError(code, "the system's words"), tmp_path)
        for code in (errno.EROFS, errno.ENOENT, errno.EIO)
    }
    assert said == {
        errno.EROFS: f"cannot write to {tmp_path}: the location is read-only or not permitted",
        errno.ENOENT: f"cannot write to {tmp_path}: the folder does not exist",
        errno.EIO: f"cannot write to {tmp_path}: the system's words",
    }
    assert all(isinstance(text, Message) for text in said.values())


def test_a_damaged_database_error_keeps_its_file_and_problems(tmp_path: Path) -> None:
    path = tmp_path / "blues.sqlite"
    error = DamagedDatabaseError(path, ("database disk image is malformed",))
    back = pickle.loads(pickle.dumps(error))
    assert (back.path, back.problems) == (path, ("database disk image is malformed",))
    assert str(back) == (
        f"the database {path} is damaged (database disk image is malformed); restore a "
        "backup with `blues backup restore` or start the app to choose one"
    )
    assert isinstance(back.args[0], Message)
