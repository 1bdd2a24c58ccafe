"""Old files keep opening: a database written at every past schema revision (by the code
of that time, tests/data/old_databases/README.md) opens with this version, is backed up
before the upgrade, keeps its rows, and exports a bundle."""

from __future__ import annotations

import sqlite3
import tarfile
from pathlib import Path

import pytest

from blues_desktop.bundles.export import export_bundle
from blues_desktop.bundles.verify import verify_bundle
from blues_desktop.services.context import open_installation
from blues_desktop.store.migrate import head_revision

OLD = Path(__file__).parents[1] / "data" / "old_databases"
REVISIONS = sorted(p.name.removesuffix(".tar.xz") for p in OLD.glob("*.tar.xz"))
# Written under revision ids renamed since (README.md): they open as the revision of
# their schema.
RENUMBERED = sorted(p.name.removesuffix(".tar.xz") for p in (OLD / "renumbered").glob("*.tar.xz"))
# Rows a user would miss, counted in the old file and again after the upgrade.
COUNTED = ("organisations", "persons", "exchanges", "events", "registrations", "timesheet_entries")


def unpack(archive: Path, into: Path) -> Path:
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    return into


def counts(database: Path) -> dict[str, int]:
    with sqlite3.connect(database) as db:
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}


def columns_of(database: Path) -> dict[str, set[str]]:
    with sqlite3.connect(database) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: {c[1] for c in db.execute(f"PRAGMA table_info('{t}')")} for t in tables}


@pytest.fixture(scope="module")
def new_columns(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    """The tables and columns of a database created new by this version."""
    installation = open_installation(tmp_path_factory.mktemp("new"))
    installation.close()
    return columns_of(installation.paths.database)


def revision_of(database: Path) -> str:
    with sqlite3.connect(database) as db:
        return str(db.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_every_past_revision_is_kept() -> None:
    numbers = [int(name[:4]) for name in REVISIONS]
    newest = int(head_revision()[:4])
    assert numbers == list(range(1, newest + 1)) or numbers == list(range(1, newest))


@pytest.mark.parametrize(
    "archive",
    [f"{r}.tar.xz" for r in REVISIONS] + [f"renumbered/{r}.tar.xz" for r in RENUMBERED],
)
def test_an_old_database_opens_upgrades_and_exports(
    archive: str, tmp_path: Path, new_columns: dict[str, set[str]]
) -> None:
    revision = Path(archive).name.removesuffix(".tar.xz")
    data = unpack(OLD / archive, tmp_path / "data")
    database = data / "blues.sqlite"
    assert revision_of(database) == revision
    before = counts(database)
    assert before["organisations"] > 0 and before["persons"] > 0

    installation = open_installation(data)
    try:
        upgrade = installation.upgrade
        assert upgrade is not None
        assert (upgrade.from_revision, upgrade.to_revision) == (revision, head_revision())
        if revision != head_revision():
            # the file as it was, kept before the upgrade
            assert upgrade.backup is not None and upgrade.backup.path.is_file()
            assert revision_of(upgrade.backup.path) == revision
            assert counts(upgrade.backup.path) == before
        else:
            assert upgrade.backup is None  # nothing to upgrade, nothing backed up
        assert revision_of(database) == head_revision()
        assert counts(database) == before
        assert columns_of(database) == new_columns  # the same tables as a new database

        ctx = installation.context()
        out = tmp_path / "out"
        out.mkdir()
        written = export_bundle(ctx, out, full=True)
        assert written.rows["organisations"] == before["organisations"]
        assert written.rows["persons"] == before["persons"]
        with ctx.read() as session:
            bundle = verify_bundle(session, ctx, written.path, plan=False)
        assert bundle.office == ctx.office_code and bundle.sequence == written.sequence
    finally:
        installation.close()
