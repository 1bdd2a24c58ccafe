"""The start-up check and the doctor's checks find damage; sound files pass."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from blues_desktop.services.context import open_installation
from blues_desktop.services.demo import generate
from blues_desktop.store.atomic import remove_stale_temp_files
from blues_desktop.store.backup import create_backup
from blues_desktop.store.integrity import (
    DamagedDatabaseError,
    check_before_open,
    full_check,
    quick_check,
)
from tests.conftest import make_office
from tests.resilience.helpers import damage


@pytest.fixture
def demo_database(tmp_path: Path) -> Path:
    installation = open_installation(tmp_path / "data")
    generate(make_office(installation, "BPT"), scale=0.2)
    installation.close()
    return tmp_path / "data" / "blues.sqlite"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_sound_database_passes_both_checks(demo_database: Path) -> None:
    assert quick_check(demo_database).ok
    result = full_check(demo_database)
    assert result.ok and result.problems == () and result.foreign_key_problems == {}


def test_overwritten_pages_are_found_and_the_file_is_left_alone(demo_database: Path) -> None:
    damage(demo_database)
    before = _sha(demo_database)
    result = quick_check(demo_database)
    assert not result.ok
    assert result.problems  # SQLite's own words, e.g. "database disk image is malformed"
    with pytest.raises(DamagedDatabaseError) as caught:
        open_installation(demo_database.parent)
    assert caught.value.path == demo_database
    assert "is damaged" in str(caught.value) and "blues backup restore" in str(caught.value)
    assert _sha(demo_database) == before  # never migrated, never written


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "blues.sqlite"
    path.write_bytes(os.urandom(8192))
    assert quick_check(path).problems == ("file is not a database",)
    with pytest.raises(DamagedDatabaseError, match="file is not a database"):
        check_before_open(path, tmp_path / "backups")


def test_an_empty_file_is_damage_only_when_backups_exist(
    demo_database: Path, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    check_before_open(empty, backups)  # a new installation: nothing to restore
    create_backup(demo_database, backups, "manual")
    with pytest.raises(DamagedDatabaseError, match="the file is empty"):
        check_before_open(empty, backups)


def test_foreign_key_violations_are_counted_per_table(tmp_path: Path) -> None:
    path = tmp_path / "fk.sqlite"
    connection = sqlite3.connect(path)
    connection.executescript(
        """
        CREATE TABLE parent (id INTEGER PRIMARY KEY);
        CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id));
        INSERT INTO parent VALUES (1);
        INSERT INTO child VALUES (1, 1), (2, 7), (3, 8);
        """
    )
    connection.commit()
    connection.close()
    result = full_check(path)
    assert result.problems == ()
    assert result.foreign_key_problems == {"child": 2}
    assert not result.ok
    assert quick_check(path).ok  # the quick check does not look at references


def test_the_next_start_removes_every_kind_of_temp_file(tmp_path: Path) -> None:
    installation = open_installation(tmp_path / "data")
    installation.close()
    root = tmp_path / "data"
    leftovers = [
        root / ".blues.sqlite.abc123.part",
        root / "exports" / ".members.xlsx.k2j3.part",
        root / "backups" / "blues-20260101T000000000000Z-manual.sqlite.tmp",
        root / "backups" / "blues-20260101T000000000000Z-manual.sqlite.tmp-journal",
        root / "blues.sqlite.restore.sqlite.tmp",
        root / ".write-test",
    ]
    kept = [root / "blues.sqlite.damaged-20260101T000000Z", root / "notes.part.txt"]
    for path in leftovers + kept:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    open_installation(root).close()
    assert [p for p in leftovers if p.exists()] == []
    assert all(p.exists() for p in kept)
    assert remove_stale_temp_files(root) == []


def test_the_check_never_writes_to_a_crashed_file_or_its_log(tmp_path: Path) -> None:
    """After a crash the WAL holds committed rows; the check must not fold it into a damaged file."""
    live = tmp_path / "live.sqlite"
    writer = sqlite3.connect(live)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE t (n INTEGER, s TEXT)")
    writer.executemany("INSERT INTO t VALUES (?, ?)", [(i, "x" * 200) for i in range(3000)])
    writer.commit()
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):  # the files as a killed process leaves them
        (crashed / f"blues.sqlite{suffix}").write_bytes(
            (tmp_path / f"live.sqlite{suffix}").read_bytes()
        )
    writer.close()
    database = crashed / "blues.sqlite"
    wal = crashed / "blues.sqlite-wal"
    assert wal.stat().st_size > 100_000
    assert quick_check(database).ok  # the rows in the WAL are read, not moved
    damage(wal, 0.4, 0.6)
    damage(database, 0.0 + 0.5, 0.9)
    before = (_sha(database), _sha(wal))
    with contextlib.suppress(DamagedDatabaseError):  # found or not, nothing may change
        check_before_open(database, None)
    full_check(database)
    assert (_sha(database), _sha(wal)) == before
