"""Alembic owns the schema: upgrades keep rows, the models match the migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, text

from blues_desktop.store.backup import list_backups
from blues_desktop.store.engine import make_engine, sqlite_url
from blues_desktop.store.migrate import head_revision, upgrade_database
from blues_desktop.store.models import Base


def test_models_and_migrations_describe_the_same_schema(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "schema.sqlite"))
    upgrade_database(engine, tmp_path / "backups")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == [], f"a model changed without a migration: {differences}"



def _insert_organisation(engine: Engine) -> None:
    """One organisation written as an old schema holds it (raw SQL: the models are newer)."""
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO organisations (id, office_id, created_at, updated_at, revision, "
                "legal_name, org_type, country, is_member, name_key) VALUES "
                "('11111111-1111-1111-1111-111111111111', 'NPG', '2026-01-02 10:00:00', "
                "'2026-01-02 10:00:00', 1, 'Vodní Systémy s.r.o.', 'sme', 'CZ', 1, 'vodni systemy')"
            )
        )


def test_upgrade_from_first_revision_keeps_rows_and_takes_a_backup(tmp_path: Path) -> None:
    database = tmp_path / "old.sqlite"
    engine = make_engine(sqlite_url(database))
    upgrade_database(engine, tmp_path / "backups", target="0001_foundation")
    _insert_organisation(engine)
    result = upgrade_database(engine, tmp_path / "backups")
    assert result.from_revision == "0001_foundation"
    assert result.to_revision == head_revision()
    assert result.backup is not None and result.backup.path.exists()
    with engine.connect() as connection:
        row = connection.execute(text("SELECT legal_name, country FROM organisations")).one()
        offices = connection.execute(text("SELECT code FROM offices ORDER BY code")).scalars().all()
    engine.dispose()
    assert tuple(row) == ("Vodní Systémy s.r.o.", "CZ")
    assert offices == ["AQV", "BPT", "MCI", "NPG", "ZIN"]
    # the backup holds the database as it was before the upgrade
    backup = sqlite3.connect(list_backups(tmp_path / "backups")[0].path)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (
        "0001_foundation",
    )
    backup.close()


def test_every_connection_has_wal_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "p.sqlite"))
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 10_000
    engine.dispose()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "fk.sqlite"))
    upgrade_database(engine, None)
    import pytest
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO persons (id, office_id, created_at, updated_at, revision, first_name, "
                "last_name, do_not_contact, organisation_id) VALUES ('p1', 'ZIN', '2026-01-01', "
                "'2026-01-01', 1, 'A', 'B', 0, 'no-such-organisation')"
            )
        )
    engine.dispose()


def test_upgrade_recomputes_name_keys_of_dotted_legal_forms(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "keys.sqlite"))
    upgrade_database(engine, tmp_path / "backups", target="0005_timesheets")
    with engine.begin() as connection:
        for number, (name, key) in enumerate(
            [
                ("PLASMA-TECHNIK G.m.b.H.", "plasma technik g m b h"),
                ("Vodní Systémy s.r.o.", "vodni systemy"),
            ],
            start=1,
        ):
            connection.execute(
                text(
                    "INSERT INTO organisations (id, office_id, created_at, updated_at, revision, "
                    "legal_name, org_type, country, is_member, name_key, search_text) VALUES "
                    f"('{number:08d}-1111-1111-1111-111111111111', 'BPT', '2026-01-02 10:00:00', "
                    f"'2026-01-02 10:00:00', {number}, :name, 'sme', 'DE', 1, :key, :key)"
                ),
                {"name": name, "key": key},
            )
    upgrade_database(engine, tmp_path / "backups")
    with engine.connect() as connection:
        rows = dict(
            connection.execute(text("SELECT legal_name, name_key FROM organisations")).all()
        )
        revisions = connection.execute(text("SELECT revision FROM organisations")).scalars().all()
        texts = connection.execute(text("SELECT search_text FROM organisations")).scalars().all()
    engine.dispose()
    assert rows == {
        "PLASMA-TECHNIK G.m.b.H.": "plasma technik",
        "Vodní Systémy s.r.o.": "vodni systemy",
    }
    assert sorted(revisions) == [1, 2]  # a derived key changes nothing that travels as news
    assert any("plasma technik |" in t for t in texts)


def test_upgrade_makes_the_first_run_user_the_first_user_and_keeps_bundle_logs(
    tmp_path: Path,
) -> None:
    engine = make_engine(sqlite_url(tmp_path / "old.sqlite"))
    upgrade_database(engine, tmp_path / "backups", target="0007_organisation_links")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO local_settings (key, value) VALUES ('office_code', 'ZIN'), "
                "('user_name', 'Begoña Ibáñez'), ('initialised_at', '2026-01-05T09:30:00+00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO bundle_log (direction, office_id, sequence, file_name, "
                "manifest_sha256, bundle_created_at, processed_at, full, rows, result) VALUES "
                "('export', 'ZIN', 1, 'ZIN-0001-2026-02-01.blues', 'ab', '2026-02-01 10:00:00', "
                "'2026-02-01 10:00:00', 1, '{}', 'ok')"
            )
        )
    upgrade_database(engine, tmp_path / "backups")
    with engine.connect() as connection:
        users = connection.execute(text("SELECT name, added_at FROM local_users")).all()
        logs = connection.execute(text("SELECT file_name, user_name FROM bundle_log")).all()
    engine.dispose()
    assert [(name, str(added)[:19]) for name, added in users] == [
        ("Begoña Ibáñez", "2026-01-05 09:30:00")
    ]
    assert logs == [("ZIN-0001-2026-02-01.blues", None)]


def test_upgrade_adds_the_index_for_an_exchange_state_on_a_day(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "old.sqlite"))
    upgrade_database(engine, tmp_path / "backups", target="0009_member_import")
    _insert_organisation(engine)
    upgrade_database(engine, tmp_path / "backups")
    state_on_a_day = (
        "SELECT to_state FROM exchange_status_changes WHERE exchange_id = 'x' "
        "AND deleted_at IS NULL AND changed_on <= '2026-06-30' "
        "ORDER BY changed_on DESC, revision DESC LIMIT 1"
    )
    with engine.connect() as connection:
        names = connection.execute(text("SELECT legal_name FROM organisations")).scalars().all()
        plan = " ".join(
            str(row[-1]) for row in connection.execute(text("EXPLAIN QUERY PLAN " + state_on_a_day))
        )
    engine.dispose()
    assert names == ["Vodní Systémy s.r.o."]
    # read from the index alone: the table's rows are not visited
    assert "COVERING INDEX ix_exchange_status_changes_as_of" in plan


def test_upgrade_keeps_bundle_log_reasons_and_adds_the_said_form(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "old.sqlite"))
    upgrade_database(engine, tmp_path / "backups", target="0010_report_indexes")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO bundle_log (direction, office_id, sequence, file_name, "
                "manifest_sha256, bundle_created_at, processed_at, full, rows, result, message, "
                "user_name) VALUES ('import', 'ZIN', 4, 'ZIN-0004-2026-02-01.blues', 'ab', "
                "'2026-02-01 10:00:00', '2026-02-01 10:00:00', 0, '{}', 'refused', "
                "'the signature does not match', 'Begoña Ibáñez')"
            )
        )
    result = upgrade_database(engine, tmp_path / "backups")
    with engine.connect() as connection:
        logs = connection.execute(
            text("SELECT file_name, result, message, message_said, user_name FROM bundle_log")
        ).all()
    engine.dispose()
    assert (result.from_revision, result.to_revision) == ("0010_report_indexes", head_revision())
    assert result.backup is not None and result.backup.path.exists()
    # the old row keeps its English reason; it has no said form (the window shows the text)
    assert logs == [
        (
            "ZIN-0004-2026-02-01.blues",
            "refused",
            "the signature does not match",
            None,
            "Begoña Ibáñez",
        )
    ]
