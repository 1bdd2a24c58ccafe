from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from blues_desktop.domain.errors import StorageError
from blues_desktop.store.backup import create_backup, list_backups


def _database(path: Path, rows: int) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE t (n INTEGER)")
    connection.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(rows)])
    connection.commit()
    connection.close()
    return path


def test_backup_is_a_complete_copy_and_old_ones_are_pruned(tmp_path: Path) -> None:
    database = _database(tmp_path / "db.sqlite", 500)
    for _ in range(4):
        create_backup(database, tmp_path / "backups", "manual", keep=3)
    backups = list_backups(tmp_path / "backups")
    assert len(backups) == 3
    newest = sqlite3.connect(backups[0].path)
    assert newest.execute("SELECT count(*) FROM t").fetchone() == (500,)
    assert newest.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    newest.close()
    assert not list((tmp_path / "backups").glob("*.tmp"))


def test_backup_of_a_missing_database_says_so(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="no database"):
        create_backup(tmp_path / "none.sqlite", tmp_path / "backups", "manual")
