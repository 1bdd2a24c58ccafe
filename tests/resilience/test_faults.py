"""A full disk and a read-only medium: every write rolls back and says why, with the path.

The faults are simulated: a writer whose write/fsync/rename raises OSError(ENOSPC)
or OSError(EROFS), SQLite's page limit for a database that cannot grow, and a
folder without write permission (which only stops a non-root user; CI runs as
root, so the raising writers cover EROFS there).
"""

from __future__ import annotations

import errno
import io
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from reportlab.platypus import Paragraph
from sqlalchemy import event, select
from sqlalchemy.exc import OperationalError

from blues_desktop.documents.pdf import PageSetup, render_pdf, styles, write_pdf
from blues_desktop.documents.spreadsheets import add_table_sheet, new_write_only_book, save_workbook
from blues_desktop.domain.errors import StorageError
from blues_desktop.services.attachments import attach_file
from blues_desktop.services.context import AppContext
from blues_desktop.services.demo import generate
from blues_desktop.services.maintenance import restore_backup
from blues_desktop.store import atomic
from blues_desktop.store.atomic import WriteFailedError, stale_temp_files
from blues_desktop.store.backup import create_backup, list_backups
from blues_desktop.store.models import Attachment, Organisation
from tests.resilience.helpers import content_digest

FULL = "the disk is full"
READ_ONLY = "cannot write to"


def _raise(code: int) -> Callable[..., Any]:
    def fail(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError(code, os.strerror(code))

    return fail


class _FillingFile(io.RawIOBase):
    """A file that takes `room` bytes, then fails like a full disk."""

    def __init__(self, handle: Any, room: int) -> None:
        self.handle, self.room = handle, room

    def write(self, data: Any) -> int:
        if len(data) > self.room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= len(data)
        return self.handle.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.handle, name)

    def __enter__(self) -> _FillingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()


def _disk_fills_after(monkeypatch: pytest.MonkeyPatch, room: int) -> None:
    real_fdopen = os.fdopen
    monkeypatch.setattr(
        atomic.os, "fdopen", lambda fd, mode="r": _FillingFile(real_fdopen(fd, mode), room)
    )


def _a_pdf() -> bytes:
    text = [Paragraph("Commitment to Quality — Łódź, Málaga", styles()["Body"])]
    return render_pdf(text, PageSetup(title="test"), datetime(2026, 3, 1, tzinfo=UTC))


@pytest.mark.parametrize(
    ("where", "code", "expected"),
    [
        ("fsync", errno.ENOSPC, FULL),
        ("replace", errno.EROFS, READ_ONLY),
        ("replace", errno.EACCES, READ_ONLY),
    ],
)
def test_a_pdf_that_cannot_be_written_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, code: int, expected: str
) -> None:
    target = tmp_path / "ZIN-X-2026-007-agreement.pdf"
    target.write_bytes(b"%PDF- the earlier print")
    monkeypatch.setattr(atomic.os, where, _raise(code))
    with pytest.raises(WriteFailedError) as caught:
        write_pdf(target, _a_pdf())
    assert str(caught.value).startswith(expected) and str(target) in str(caught.value)
    assert isinstance(caught.value, StorageError) and isinstance(caught.value, OSError)
    assert caught.value.errno == code
    assert target.read_bytes() == b"%PDF- the earlier print"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no temp file


# openpyxl's zip writer, abandoned mid-file, complains when it is collected.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_workbook_that_fills_the_disk_half_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = new_write_only_book()
    add_table_sheet(book, "Members", ["Name", "Country"], [[f"Org {i}", "ES"] for i in range(2000)])
    target = tmp_path / "members.xlsx"
    _disk_fills_after(monkeypatch, room=4096)
    with pytest.raises(StorageError, match=FULL):
        save_workbook(book, target)
    assert list(tmp_path.iterdir()) == []


def test_a_backup_on_a_full_disk(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    database = ctx.paths.database
    before = content_digest(database)
    monkeypatch.setattr(os, "fsync", _raise(errno.ENOSPC))
    with pytest.raises(StorageError) as caught:
        create_backup(database, ctx.paths.backups, "manual")
    assert str(caught.value).startswith(f"{FULL}; could not write {ctx.paths.backups}")
    assert list(ctx.paths.backups.iterdir()) == []
    assert content_digest(database) == before


def test_a_backup_to_a_read_only_medium(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "replace", _raise(errno.EROFS))
    with pytest.raises(StorageError, match=f"{READ_ONLY} {ctx.paths.backups}"):
        create_backup(ctx.paths.database, ctx.paths.backups, "manual")
    assert list(ctx.paths.backups.iterdir()) == []


def _permissions_are_ignored(folder: Path) -> bool:
    """True for root with its usual capabilities: a mode of 0o500 does not stop it."""
    probe = folder / "probe"
    probe.mkdir()
    os.chmod(probe, 0o500)
    try:
        (probe / "x").write_bytes(b"")
    except PermissionError:
        return False
    finally:
        os.chmod(probe, 0o700)
    return True


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_a_backup_to_a_folder_without_write_permission(ctx: AppContext, tmp_path: Path) -> None:
    if _permissions_are_ignored(tmp_path):
        pytest.skip("this user writes anyway (root); the raising writers cover it")
    os.chmod(ctx.paths.backups, 0o500)
    try:
        with pytest.raises(StorageError, match=READ_ONLY):
            create_backup(ctx.paths.database, ctx.paths.backups, "manual")
        assert list(ctx.paths.backups.iterdir()) == []
    finally:
        os.chmod(ctx.paths.backups, 0o700)


def test_an_attachment_on_a_full_disk_records_nothing(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate(ctx, scale=0.05, offices=["ZIN"])
    with ctx.read() as session:
        owner = session.scalars(
            select(Organisation.id).where(Organisation.office_id == "ZIN")
        ).first()
    scan = tmp_path / "attendance-scan.pdf"
    scan.write_bytes(_a_pdf())
    before = content_digest(ctx.paths.database)
    _disk_fills_after(monkeypatch, room=100)
    with pytest.raises(StorageError, match=FULL), ctx.transaction() as session:
        attach_file(
            session, ctx, scan, owner_table="organisations", owner_id=owner, kind="evidence"
        )
    assert content_digest(ctx.paths.database) == before
    with ctx.read() as session:
        assert session.scalars(select(Attachment)).all() == []
    assert [p for p in ctx.paths.attachments.rglob("*") if p.is_file()] == []


def test_key_export_to_a_read_only_medium(run_cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    data = str(tmp_path / "d")
    assert run_cli("--data-dir", data, "init", "--office", "NPG", "--name", "Jana").code == 0
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(atomic.os, "replace", _raise(errno.EROFS))
    result = run_cli("--data-dir", data, "keys", "export", "--out", str(stick / "NPG.card"))
    assert result.code == 1
    assert result.err.strip() == (
        f"blues: cannot write to {stick / 'NPG.card'}: the location is read-only or not permitted"
    )
    assert list(stick.iterdir()) == []


def test_a_database_that_cannot_grow_rolls_back(ctx: AppContext) -> None:
    """SQLite reports a full disk as SQLITE_FULL; the transaction leaves nothing behind."""
    before = content_digest(ctx.paths.database)
    engine = ctx.installation.engine
    engine.dispose()
    pages = sqlite3.connect(ctx.paths.database).execute("PRAGMA page_count").fetchone()[0]

    def cap(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + 8}")

    event.listen(engine, "connect", cap)
    try:
        with pytest.raises(StorageError, match="the disk is full"):
            generate(ctx, scale=0.5, offices=["ZIN"])
    finally:
        event.remove(engine, "connect", cap)
        engine.dispose()
    assert content_digest(ctx.paths.database) == before
    from blues_desktop.ui.error_dialog import plain_reason

    assert plain_reason(
        OperationalError("INSERT", {}, Exception("database or disk is full"))
    ).startswith("The disk is full")


def test_a_restore_on_a_full_disk_changes_nothing(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate(ctx, scale=0.05, offices=["ZIN"])
    backup = create_backup(ctx.paths.database, ctx.paths.backups, "manual")
    ctx.installation.close()
    with sqlite3.connect(ctx.paths.database) as connection:
        connection.execute("UPDATE organisations SET city = 'after the backup'")
    connection.close()
    before = content_digest(ctx.paths.database)
    from blues_desktop.services import maintenance

    def full_copy(_source: Path, target: Path) -> None:
        target.write_bytes(b"SQLite format 3\x00 partly")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(maintenance, "copy_database", full_copy)
    with pytest.raises(StorageError, match=f"{FULL}; could not write {ctx.paths.database}"):
        restore_backup(ctx.paths, backup)
    assert content_digest(ctx.paths.database) == before
    assert stale_temp_files(ctx.paths.root) == []
    assert len(list_backups(ctx.paths.backups)) == 2  # the backup taken before the attempt stays


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_a_pdf_into_a_folder_without_write_permission(tmp_path: Path) -> None:
    if _permissions_are_ignored(tmp_path):
        pytest.skip("this user writes anyway (root); the raising writers cover it")
    stick = tmp_path / "stick"
    stick.mkdir()
    os.chmod(stick, 0o500)
    try:
        with pytest.raises(StorageError) as caught:
            write_pdf(stick / "agreement.pdf", _a_pdf())
        assert str(caught.value) == (
            f"cannot write to {stick / 'agreement.pdf'}: the location is read-only or not permitted"
        )
        assert list(stick.iterdir()) == []
    finally:
        os.chmod(stick, 0o700)
