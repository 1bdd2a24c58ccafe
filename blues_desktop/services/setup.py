"""First run: bind this installation to one office, create its keys, record it."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.errors import ConfigurationError
from blues_desktop.domain.offices import office_info
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.users import clean_user_name
from blues_desktop.services.audit import record_audit
from blues_desktop.services.context import (
    SETTING_INITIALISED_AT,
    SETTING_OFFICE,
    SETTING_USER,
    AppContext,
    Installation,
)
from blues_desktop.services.keys import OfficeCard, generate_keys, keys_exist, load_keys, put_card
from blues_desktop.store.models import LocalSetting, LocalUser, Office


@dataclass(frozen=True, slots=True)
class SetupResult:
    office: str
    user_name: str
    card: OfficeCard
    changes: Changes


def initialise(
    installation: Installation, office_code: str, user_name: str, passphrase: str | None = None
) -> SetupResult:
    """Non-interactive first run (the setup dialog and `blues init` both call this)."""
    try:
        office = office_info(office_code)
    except KeyError as exc:
        raise ConfigurationError(str(exc.args[0])) from exc
    name = clean_user_name(user_name)
    if not name:
        raise ConfigurationError(
            Message(QT_TRANSLATE_NOOP("messages", "give the user's name (it signs the audit log)"))
        )
    existing = installation.settings().get(SETTING_OFFICE)
    if existing is not None:
        raise ConfigurationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "this data folder ({folder}) is already set up for office {office}"
                ),
                folder=str(installation.paths.root),
                office=existing,
            )
        )
    keys_dir = installation.paths.keys
    if keys_exist(keys_dir):
        card = load_keys(keys_dir, office.code, office.name, passphrase).card
    else:
        card = generate_keys(keys_dir, office.code, office.name, passphrase)
    ctx = AppContext(installation, office, name)
    now = ctx.now()
    with ctx.transaction() as session:
        session.add_all(
            [
                LocalSetting(key=SETTING_OFFICE, value=office.code),
                LocalSetting(key=SETTING_USER, value=name),
                LocalSetting(key=SETTING_INITIALISED_AT, value=now.isoformat()),
                LocalUser(name=name, added_at=now, last_used_at=now),
            ]
        )
        row = session.scalars(select(Office).where(Office.code == office.code)).one()
        put_card(row, card, now)
        record_audit(
            session,
            ctx,
            "initialise",
            "offices",
            office.code,
            {"user": name, "key_id": card.key_id, "fingerprint": card.fingerprint},
        )
    card = replace(card, made_on=f"{now:%Y-%m-%d}")  # as own_card reads it back
    return SetupResult(office.code, name, card, Changes.of(Kind.OFFICES))


def own_card(ctx: AppContext) -> OfficeCard:
    """This office's card, from the registry row written at first run."""
    with ctx.read() as session:
        row = session.get(Office, ctx.office_code)
    if row is None or not row.signing_public_key or not row.age_recipient:
        raise ConfigurationError(
            Message(
                QT_TRANSLATE_NOOP("messages", "office {office} has no keys registered yet"),
                office=ctx.office_code,
            )
        )
    return OfficeCard(
        row.code,
        row.name,
        row.signing_public_key,
        row.key_id or "",
        row.age_recipient,
        row.fingerprint or "",
        f"{row.registered_at:%Y-%m-%d}" if row.registered_at else None,
    )
