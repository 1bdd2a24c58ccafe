"""The partner registry: register, list, rotate and revoke offices' public keys."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.errors import ConfigurationError, PermissionDeniedError
from blues_desktop.services.audit import record_audit
from blues_desktop.services.context import AppContext
from blues_desktop.services.keys import OfficeCard
from blues_desktop.store.models import Office


@dataclass(frozen=True, slots=True)
class PartnerInfo:
    code: str
    name: str
    country: str
    is_coordinator: bool
    fingerprint: str | None
    key_id: str | None
    registered_at: datetime | None
    revoked_at: datetime | None

    @property
    def status(self) -> str:
        if self.revoked_at is not None:
            return f"revoked {self.revoked_at:%Y-%m-%d}"
        return "registered" if self.fingerprint else "no key yet"


@dataclass(frozen=True, slots=True)
class PartnerChange:
    code: str
    fingerprint: str
    changes: Changes = Changes.of(Kind.OFFICES)


def list_partners(ctx: AppContext) -> list[PartnerInfo]:
    with ctx.read() as session:
        return [
            PartnerInfo(
                o.code,
                o.name,
                o.country,
                o.is_coordinator,
                o.fingerprint,
                o.key_id,
                o.registered_at,
                o.revoked_at,
            )
            for o in session.scalars(
                select(Office).order_by(Office.is_coordinator.desc(), Office.code)
            )
        ]


def read_card(path: Path) -> OfficeCard:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"cannot read the office card {path}: {exc}") from exc
    return OfficeCard.from_json(text, source=str(path))


def register_card(
    ctx: AppContext, card: OfficeCard, *, replace: bool = False, reason: str | None = None
) -> PartnerChange:
    """Register an office's public keys. A different key for a registered office needs
    `replace` (rotate-key) and a reason; our own keys are never replaced from a card."""
    if card.office == ctx.office_code:
        raise PermissionDeniedError(
            f"this is your own office's card ({card.office}); it is registered already"
        )
    with ctx.transaction() as session:
        office = session.get(Office, card.office)
        if office is None:
            raise ConfigurationError(f"{card.office} is not one of the BLUES offices")
        if (
            office.signing_public_key
            and office.signing_public_key != card.signing_public_key
            and not replace
        ):
            raise ConfigurationError(
                f"office {card.office} already has another key (fingerprint {office.fingerprint}); "
                f"use `blues partners rotate-key` with a reason to replace it"
            )
        if replace and not (reason or "").strip():
            raise ConfigurationError("replacing a key needs a reason (it is kept in the audit log)")
        old = office.fingerprint
        office.signing_public_key = card.signing_public_key
        office.key_id = card.key_id
        office.age_recipient = card.age_recipient
        office.fingerprint = card.fingerprint
        office.registered_at = ctx.now()
        office.revoked_at = None
        record_audit(session, ctx, "rotate-key" if replace else "register", "offices", card.office,
                     {"fingerprint": [old, card.fingerprint]}, reason)  # fmt: skip
    return PartnerChange(card.office, card.fingerprint)


def revoke(ctx: AppContext, code: str, reason: str) -> PartnerChange:
    if not reason.strip():
        raise ConfigurationError("revoking a key needs a reason (it is kept in the audit log)")
    code = code.strip().upper()
    if code == ctx.office_code:
        raise PermissionDeniedError("you cannot revoke your own office's key here")
    with ctx.transaction() as session:
        office = session.get(Office, code)
        if office is None or not office.signing_public_key:
            raise ConfigurationError(f"office {code} has no registered key to revoke")
        office.revoked_at = ctx.now()
        record_audit(
            session, ctx, "revoke", "offices", code, {"fingerprint": office.fingerprint}, reason
        )
        return PartnerChange(code, office.fingerprint or "")
