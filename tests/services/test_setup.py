"""First run: the database, the keys and the audit entry a user would look for."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from blues_desktop.domain.errors import ConfigurationError
from blues_desktop.services.context import Installation, open_installation
from blues_desktop.services.keys import keys_are_encrypted, load_keys
from blues_desktop.services.setup import initialise, own_card
from blues_desktop.store.models import AuditLog, Office


def test_first_run_creates_database_keys_and_audit_entry(installation: Installation) -> None:
    result = initialise(installation, "zin", "María Pérez")
    paths = installation.paths
    assert paths.database.exists()
    key_file = paths.keys / "office.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE((paths.keys / "office.age").stat().st_mode) == 0o600
    assert (paths.keys / "office.pub").read_text().splitlines()[1] == result.card.signing_public_key
    assert result.card.signing_public_key.startswith("RW")
    assert result.card.age_recipient.startswith("age1")
    assert len(result.card.fingerprint) == 19  # XXXX-XXXX-XXXX-XXXX
    ctx = installation.context()
    assert ctx.office.code == "ZIN" and ctx.user_name == "María Pérez"
    with ctx.read() as session:
        audit = session.scalars(select(AuditLog)).one()
        office = session.get(Office, "ZIN")
    assert audit.action == "initialise" and audit.user_name == "María Pérez"
    assert json.loads(audit.changes)["fingerprint"] == result.card.fingerprint
    assert office is not None and office.fingerprint == result.card.fingerprint
    assert own_card(ctx) == result.card


def test_a_second_setup_is_refused(installation: Installation) -> None:
    initialise(installation, "ZIN", "A")
    with pytest.raises(ConfigurationError, match="already set up for office ZIN"):
        initialise(installation, "NPG", "B")


@pytest.mark.parametrize(
    ("code", "name", "message"), [("XYZ", "A", "unknown office code"), ("ZIN", "  ", "name")]
)
def test_bad_setup_input_is_refused_and_nothing_is_written(
    installation: Installation, code: str, name: str, message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message):
        initialise(installation, code, name)
    assert not installation.is_initialised
    assert not (installation.paths.keys / "office.key").exists()


def test_passphrase_protects_both_keys(installation: Installation) -> None:
    result = initialise(installation, "AQV", "Hélène Dupré", passphrase="eau thermale")
    keys_dir = installation.paths.keys
    assert keys_are_encrypted(keys_dir)
    assert b"AGE-SECRET-KEY" not in (keys_dir / "office.age").read_bytes()
    with pytest.raises(ConfigurationError, match="passphrase"):
        load_keys(keys_dir, "AQV", "Aqua-Valley")
    with pytest.raises(ConfigurationError, match="does not open"):
        load_keys(keys_dir, "AQV", "Aqua-Valley", "wrong")
    loaded = load_keys(keys_dir, "AQV", "Aqua-Valley", "eau thermale")
    assert loaded.card.fingerprint == result.card.fingerprint


def test_reopening_keeps_the_office(data_dir: Path) -> None:
    first = open_installation(data_dir)
    initialise(first, "MCI", "Łukasz Wiśniewski")
    first.close()
    again = open_installation(data_dir)
    assert again.context().office.code == "MCI"
    assert again.upgrade is not None and not again.upgrade.changed
    again.close()
