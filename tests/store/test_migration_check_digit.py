from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from blues_desktop.store.engine import make_engine, sqlite_url
from blues_desktop.store.migrate import upgrade_database


def test_upgrade_adds_the_check_digit_flag_and_keeps_organisations(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "old.sqlite"))
    upgrade_database(engine, tmp_path / "backups", target="0007_organisation_links")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO organisations (id, office_id, created_at, updated_at, revision, "
                "legal_name, org_type, country, is_member, name_key, search_text, vat_number) "
                "VALUES ('00000001-1111-1111-1111-111111111111', 'BPT', '2026-01-02 10:00:00', "
                "'2026-01-02 10:00:00', 1, 'Plasma Technik GmbH', 'sme', 'DE', 1, "
                "'plasma technik', 'plasma technik', 'DE136695976')"
            )
        )
    upgrade_database(engine, tmp_path / "backups")
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT legal_name, vat_number, check_digit_fails, revision FROM organisations")
        ).all()
    engine.dispose()
    assert [tuple(r) for r in rows] == [("Plasma Technik GmbH", "DE136695976", None, 1)]
