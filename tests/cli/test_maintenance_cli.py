"""`blues doctor` and `blues backup create|list|restore`, as a user runs them."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from blues_desktop.services.context import AppContext
from blues_desktop.services.demo import generate
from tests.resilience.helpers import content_digest, count_rows, damage


@pytest.fixture
def folder(ctx: AppContext) -> str:
    generate(ctx, scale=0.2, offices=["ZIN"])
    ctx.installation.close()
    return str(ctx.paths.root)


def test_doctor_on_a_sound_folder(run_cli, folder: str) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("--data-dir", folder, "doctor")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert any(line.split()[:2] == ["ok", "integrity"] for line in lines)
    assert any(line.split()[:3] == ["ok", "foreign", "keys"] for line in lines)
    assert "revision 0006" in result.out or "(the newest)" in result.out
    assert "write-ahead log" in result.out
    assert "backups" in result.out and "none in" in result.out  # no backup taken yet
    assert "key office.key   present (mode 600)" in result.out
    assert "Result: no problems" in result.out


def test_doctor_finds_damage_open_keys_and_stray_temp_files(run_cli, folder: str) -> None:  # type: ignore[no-untyped-def]
    root = Path(folder)
    damage(root / "blues.sqlite")
    os.chmod(root / "keys" / "office.key", 0o644)
    (root / "backups" / "blues-20260101T000000000000Z-manual.sqlite.tmp").write_bytes(b"x")
    result = run_cli("--data-dir", folder, "doctor")
    assert result.code == 1
    assert "PROBLEM  integrity" in result.out
    assert f"run: chmod 600 {root / 'keys' / 'office.key'}" in result.out
    assert "1 left by an interrupted write" in result.out
    assert "the doctor found 2 problem(s)" in result.err


def test_backup_create_list_and_restore(run_cli, folder: str) -> None:  # type: ignore[no-untyped-def]
    root = Path(folder)
    database = root / "blues.sqlite"
    created = run_cli("--data-dir", folder, "backup", "create")
    assert created.code == 0, created.err
    assert f"Backed up {database} to {root / 'backups'}" in created.out
    saved = content_digest(database)
    organisations = count_rows(database, "organisations")
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE organisations SET city = 'changed'")
    assert content_digest(database) != saved
    listed = run_cli("--data-dir", folder, "backup", "list", "--check")
    assert listed.code == 0
    name = listed.out.splitlines()[1].split()[0]
    assert name.startswith("blues-") and name.endswith("-manual.sqlite")
    assert listed.out.splitlines()[1].rstrip().endswith("manual  ok")
    restored = run_cli("--data-dir", folder, "backup", "restore", name)
    assert restored.code == 0, restored.err
    assert "Backed up the current database to" in restored.out
    assert f"Restored {database} from {name}" in restored.out
    assert content_digest(database) == saved
    assert count_rows(database, "organisations") == organisations
    # The replaced file was backed up first: the change is not lost either.
    safety = [p for p in (root / "backups").iterdir() if "before-restore" in p.name]
    assert len(safety) == 1
    with sqlite3.connect(safety[0]) as connection:
        assert connection.execute("SELECT DISTINCT city FROM organisations").fetchall() == [
            ("changed",)
        ]
    assert run_cli("--data-dir", folder, "keys", "show").code == 0  # the app opens it again


def test_restore_of_a_damaged_database_keeps_it_aside(run_cli, folder: str) -> None:  # type: ignore[no-untyped-def]
    root = Path(folder)
    assert run_cli("--data-dir", folder, "backup", "create").code == 0
    damage(root / "blues.sqlite")
    damaged_bytes = (root / "blues.sqlite").read_bytes()
    refused = run_cli("--data-dir", folder, "backup", "create")
    assert refused.code == 1 and "a backup of it would be damaged too" in refused.err
    opened = run_cli("--data-dir", folder, "keys", "show")
    assert opened.code == 1 and "is damaged" in opened.err
    result = run_cli("--data-dir", folder, "backup", "restore", "--newest")
    assert result.code == 0, result.err
    kept = [p for p in root.iterdir() if p.name.startswith("blues.sqlite.damaged-")]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes
    assert f"Kept the damaged database aside as {kept[0]}" in result.out
    assert run_cli("--data-dir", folder, "doctor").code == 0


def test_a_damaged_backup_is_never_restored(run_cli, folder: str) -> None:  # type: ignore[no-untyped-def]
    root = Path(folder)
    assert run_cli("--data-dir", folder, "backup", "create").code == 0
    backup = next((root / "backups").iterdir())
    damage(backup)
    before = content_digest(root / "blues.sqlite")
    result = run_cli("--data-dir", folder, "backup", "restore", backup.name)
    assert result.code == 1
    assert f"the backup {backup.name} is damaged too" in result.err
    assert content_digest(root / "blues.sqlite") == before
    newest = run_cli("--data-dir", folder, "backup", "restore", "--newest")
    assert newest.code == 1 and "no backup in" in newest.err
    assert run_cli("--data-dir", folder, "backup", "restore", "nonesuch").code == 1


def test_restore_waits_for_the_open_window(run_cli, folder: str) -> None:  # type: ignore[no-untyped-def]
    root = Path(folder)
    assert run_cli("--data-dir", folder, "backup", "create").code == 0
    window = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        (root / "blues-desktop.lock").write_text(f"{window.pid}\nblues-desktop\nhost\n")
        result = run_cli("--data-dir", folder, "backup", "restore", "--newest")
        assert result.code == 1
        assert "close it before restoring a backup" in result.err
    finally:
        window.kill()
        window.wait()
    assert run_cli("--data-dir", folder, "backup", "restore", "--newest").code == 0


def test_backup_list_on_an_empty_folder(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("--data-dir", str(tmp_path / "none"), "backup", "list")
    assert result.code == 0 and "No backups in" in result.out


def test_doctor_tells_an_old_schema_and_a_big_log(run_cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from blues_desktop.services import maintenance
    from blues_desktop.store.engine import make_engine, sqlite_url
    from blues_desktop.store.migrate import head_revision, upgrade_database

    root = tmp_path / "old"
    root.mkdir()
    engine = make_engine(sqlite_url(root / "blues.sqlite"))
    upgrade_database(engine, None, "0001_foundation")
    engine.dispose()
    (root / "blues.sqlite-wal").write_bytes(b"\0" * 2048)
    monkeypatch.setattr(maintenance, "WAL_WARN_BYTES", 1024)
    result = run_cli("--data-dir", str(root), "doctor")
    assert result.code == 0, result.err  # warnings, no problems
    assert (
        f"revision 0001_foundation; the next start upgrades it to {head_revision()}" in result.out
    )
    assert "warning  write-ahead log  2.0 KB" in result.out
    assert "warning  key office.key   missing (not set up yet?)" in result.out
