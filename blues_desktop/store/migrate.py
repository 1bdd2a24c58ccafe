"""Schema upgrades with Alembic, after a backup.

The app calls `upgrade_database` at every start: a new file is created at the
newest revision; an older file is backed up with SQLite's backup API first, then
upgraded in one transaction. A file already at the newest revision (the usual start)
is told by a plain query of `alembic_version` against the newest revision read from
the migration files' headers: Alembic is imported only when there is work for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from blues_desktop.assets import migrations_dir
from blues_desktop.domain.errors import StorageError
from blues_desktop.store.backup import BackupInfo, create_backup
from blues_desktop.store.engine import sqlite_file_of
from blues_desktop.store.probe import head_from_files

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = migrations_dir()

# Revision ids a database may carry from before the migrations were renumbered (in the
# merge that brought users and the member import together): the revision with the same
# schema, then the steps it still lacks, each with the revision it equals afterwards.
# 0011_member_import (on main before that merge) is 0007 plus the member import's column:
# it gets the users tables of 0008 and then equals 0009. 0010_users is 0008 by another name.
RENUMBERED: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "0010_users": ("0008_users", ()),
    "0011_member_import": ("0007_organisation_links", (("0008_users", "0009_member_import"),)),
}


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("file_template", "%%(rev)s")
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _stored_revision(engine: Engine) -> str | None:
    """The revision the file says it is at, by a plain query (None: no version table,
    or not one revision in it, which Alembic then looks at itself)."""
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:  # no version table yet: a new file
        return None
    return str(rows[0][0]) if len(rows) == 1 else None


@dataclass(frozen=True, slots=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: BackupInfo | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def upgrade_database(
    engine: Engine, backups_dir: Path | None, target: str = "head"
) -> UpgradeResult:
    """Bring the schema to `target`; back up an existing SQLite file first."""
    if target == "head":
        stored, head = _stored_revision(engine), head_from_files()
        if stored is not None and stored == head:
            return UpgradeResult(stored, head, None)
    from alembic import command
    from alembic.script import ScriptDirectory

    before = current_revision(engine)
    wanted = head_revision() if target == "head" else target
    if before == wanted:
        return UpgradeResult(before, wanted, None)
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if before is not None and before not in known and before not in RENUMBERED:
        raise StorageError(
            f"the database is at schema revision {before}, which this version of BLUES Desktop "
            f"does not know; it was probably written by a newer version"
        )
    backup = None
    database_file = sqlite_file_of(engine)
    has_tables = bool(inspect(engine).get_table_names())
    if database_file is not None and has_tables and backups_dir is not None:
        backup = create_backup(database_file, backups_dir, f"before-upgrade-{before or 'none'}")
    config = alembic_config()
    with engine.connect() as connection:
        raw = connection.connection.driver_connection if database_file is not None else None
        if raw is not None:
            # SQLite alters a table by copying it and dropping the original; with foreign
            # keys enforced, dropping a table that other rows point to fails. The pragma
            # only takes effect outside a transaction, so it is switched off before BEGIN
            # and every reference is checked before the upgrade commits.
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                if before in RENUMBERED:
                    _renumber(connection, config, before)
                command.upgrade(config, target)
                if raw is not None:
                    _refuse_broken_references(connection, wanted)
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
    return UpgradeResult(before, wanted, backup)


def _renumber(connection: Connection, config: Config, revision: str) -> None:
    """A database at a renumbered revision brought to the present id of its schema."""
    from alembic import command
    same, steps = RENUMBERED[revision]
    _set_revision(connection, same)
    for step, equals in steps:
        command.upgrade(config, step)
        _set_revision(connection, equals)


def _set_revision(connection: Connection, revision: str) -> None:
    connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


def _refuse_broken_references(connection: Connection, revision: str) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({str(row[0]) for row in broken})
        raise StorageError(
            f"the upgrade to schema revision {revision} would leave {len(broken)} broken "
            f"reference(s) in {', '.join(tables)}; the database was left as it was"
        )
